// The built action (node dist/index.js, as the runner runs it) starts anywhere: with HOME unset as a
// user with no passwd entry, and beside a cache folder someone planted files and a FIFO in. It keeps
// no cache, so it reads and writes nothing there. The step rewrites a file and makes no AWS call.
import { chownSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  plantedCaches,
  readableCopy,
  runNode,
  UNKNOWN_ID,
  unknownUser,
} from '../../helpers/hostile-start.js';
import { parseCommandFile } from '../../helpers/runner.js';

const HOST = '111122223333.dkr.ecr.us-east-1.amazonaws.com';

let dir: string;
let dist: string;
beforeAll(() => ({ dir, dist } = readableCopy()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A rewrite-only step in a fresh workspace (owned by `owner` when given); checks its outcome. */
async function stepWorks(name: string, env: NodeJS.ProcessEnv, user?: { wrapper: string[]; owner: number }) {
  const ws = join(dir, name);
  mkdirSync(ws);
  writeFileSync(join(ws, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  const files = {
    GITHUB_OUTPUT: join(ws, 'output'),
    GITHUB_STATE: join(ws, 'state'),
    GITHUB_STEP_SUMMARY: join(ws, 'summary'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  if (user)
    for (const f of [ws, join(ws, 'compose.yaml'), ...Object.values(files)])
      chownSync(f, user.owner, user.owner);
  const step = await runNode(join(dist, 'index.js'), [], {
    cwd: ws,
    wrapper: user?.wrapper,
    env: {
      ...env,
      ...files,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      INPUT_LOGIN: 'false',
      INPUT_WARM: 'false',
      INPUT_REGISTRIES: HOST,
      INPUT_RULES: 'docker-hub=registry-1.docker.io',
      INPUT_FILES: 'compose.yaml',
    },
  });
  expect([step.code, step.hung, step.stderr, step.stdout]).toEqual([0, false, '', expect.any(String)]);
  expect(step.stdout).not.toContain('::error');
  expect(readFileSync(join(ws, 'compose.yaml'), 'utf8')).toBe(
    `services:\n  web:\n    image: ${HOST}/docker-hub/library/nginx:1.27\n`,
  );
  expect(parseCommandFile(files.GITHUB_OUTPUT).registry).toBe(HOST);
}

const user = unknownUser();
// With no HOME and no passwd entry there is no ~/.aws/config to find: the search for it once ended
// the step with "uv_os_homedir returned ENOENT", even a step that makes no AWS call.
const asUnknown = 'wrapper' in user ? test : test.skip;
if (!('wrapper' in user)) console.warn(`skipped the unknown-uid test: ${user.skip}`);

asUnknown(
  `with HOME unset, as uid ${UNKNOWN_ID} (no passwd entry), a step runs`,
  async () => {
    await stepWorks(
      'unknown-user',
      { PATH: process.env.PATH },
      { ...(user as { wrapper: string[] }), owner: UNKNOWN_ID },
    );
  },
  120_000,
);

test('beside a planted cache folder (files and a FIFO) a step runs, does not hang and creates nothing there', async () => {
  const caches = plantedCaches(dir);
  const before = caches.listing();
  await stepWorks('ws-xdg', { PATH: process.env.PATH, HOME: caches.home, XDG_CACHE_HOME: caches.xdg });
  await stepWorks('ws-home', { PATH: process.env.PATH, HOME: caches.home });
  expect(caches.listing()).toEqual(before);
}, 120_000);
