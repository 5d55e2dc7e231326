// The built CLI starts anywhere: with HOME unset as a user with no passwd entry, and beside a cache
// folder someone planted files and a FIFO in. It keeps no cache, so it reads and writes nothing there.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  plantedCaches,
  readableCopy,
  runNode,
  UNKNOWN_ID,
  unknownUser,
} from '../../helpers/hostile-start.js';

const HOST = '111122223333.dkr.ecr.us-east-1.amazonaws.com';
const TARGET = ['--registry', HOST, '--rule', 'docker-hub=registry-1.docker.io'];
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

let dir: string;
let dist: string;
let dockerfile: string;
beforeAll(() => {
  ({ dir, dist } = readableCopy());
  dockerfile = join(dir, 'Dockerfile');
  writeFileSync(dockerfile, 'FROM node:20\nRUN true\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** --version, map and rewrite --stdout, each checked for its exit status and output. */
async function commandsWork(env: NodeJS.ProcessEnv, wrapper?: string[]) {
  const cli = (args: string[]) => runNode(join(dist, 'cli.js'), args, { env, cwd: dir, wrapper });
  const version = await cli(['--version']);
  expect(version).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '', hung: false });
  const map = await cli(['map', ...TARGET, 'node:20']);
  expect(map).toEqual({ code: 0, stdout: `${HOST}/docker-hub/library/node:20\n`, stderr: '', hung: false });
  const rewrite = await cli(['rewrite', '--stdout', ...TARGET, dockerfile]);
  expect([rewrite.code, rewrite.stdout, rewrite.hung]).toEqual([
    0,
    `FROM ${HOST}/docker-hub/library/node:20\nRUN true\n`,
    false,
  ]);
}

const user = unknownUser();
const asUnknown = 'wrapper' in user ? test : test.skip;
if (!('wrapper' in user)) console.warn(`skipped the unknown-uid test: ${user.skip}`);

asUnknown(
  `with HOME unset, as uid ${UNKNOWN_ID} (no passwd entry), --version, map and rewrite --stdout work`,
  async () => {
    // The copy of dist/, the folder and the Dockerfile stay root's, readable to all.
    await commandsWork({ PATH: process.env.PATH }, (user as { wrapper: string[] }).wrapper);
  },
  120_000,
);

test('beside a planted cache folder (files and a FIFO) the commands run, do not hang and create nothing there', async () => {
  const caches = plantedCaches(dir);
  const before = caches.listing();
  await commandsWork({ PATH: process.env.PATH, HOME: caches.home, XDG_CACHE_HOME: caches.xdg });
  await commandsWork({ PATH: process.env.PATH, HOME: caches.home });
  expect(caches.listing()).toEqual(before);
}, 120_000);
