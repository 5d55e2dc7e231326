// The check before the first write looks at each directory once, and still names every file that a
// directory without write permission holds (the bundled CLI, run as another user when run as root).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unprivileged } from '../helpers/spawn-cli.js';
import { REGISTRY, RULE_FLAGS } from '../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const user = unprivileged();
const asUser = user ? test : test.skip;
if (!user) console.warn('skipped: running as root and setpriv cannot run the CLI as another user');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-check-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

asUser('every changed file of a locked directory is named, each once, and nothing is written', async () => {
  const files = ['locked/Dockerfile', 'locked/images.txt', 'locked/sub/Dockerfile', 'open/Dockerfile'];
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f.endsWith('.txt') ? 'node:20\n' : 'FROM node:20\n');
  }
  user!.own(dir);
  chmodSync(join(dir, 'locked'), 0o555);
  const r = await user!.run(['rewrite', ...FLAGS, dir]);
  chmodSync(join(dir, 'locked'), 0o755);
  const named = r.stderr.split('\n').filter((l) => l.includes('cannot write'));
  expect(named.sort()).toEqual(
    ['locked/Dockerfile', 'locked/images.txt'].map(
      (f) => `${join(dir, f)}: error: cannot write (its directory: EACCES: permission denied)`,
    ),
  );
  expect(r.code).toBe(2);
  for (const f of files) expect(readFileSync(join(dir, f), 'latin1')).toMatch(/^(FROM )?node:20\n$/);
});
