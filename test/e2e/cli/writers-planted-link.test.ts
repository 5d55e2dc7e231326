// A writer never follows a symbolic link another user planted in a shared folder (sticky and
// writable by all, as /tmp): `mirrors --out /tmp/x`, where x was planted pointing at root's
// .bashrc, would replace .bashrc. The kernel's fs.protected_symlinks says the same, but it may be
// off and root passes it. Links of our own, or of the folder's owner, are followed as before.
import {
  chmodSync,
  lchownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCli } from '../../helpers/spawn-cli.js';
import { REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const OTHER = 54321;
const root = process.getuid?.() === 0;
if (!root) console.warn('skipped: planting a link owned by another user needs root (lchown)');
const asRoot = root ? test : test.skip;

let dir: string;
let shared: string;
let victim: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-planted-'));
  shared = join(dir, 'shared');
  mkdirSync(shared);
  chmodSync(shared, 0o1777);
  victim = join(dir, 'victim-bashrc');
  writeFileSync(victim, 'echo mine\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mirrors = (out: string) =>
  startCli(['mirrors', '--format', 'buildkitd', ...FLAGS, '--out', out], { cwd: dir, timeoutMs: 30_000 })
    .ended;

asRoot(
  'a link another user owns in a shared folder: refused, exit 2, the file it points at untouched',
  async () => {
    const link = join(shared, 'buildkitd.toml');
    symlinkSync(victim, link);
    lchownSync(link, OTHER, OTHER);
    const r = await mirrors(link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${link}: `);
    expect(r.stderr).toContain(
      `symbolic link another user (uid ${OTHER}) owns in the shared folder ${shared}`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('echo mine\n');
  },
);

asRoot('a chain whose second link is the planted one: refused too', async () => {
  const planted = join(shared, 'hop');
  symlinkSync(victim, planted);
  lchownSync(planted, OTHER, OTHER);
  const ours = join(dir, 'out.toml');
  symlinkSync(planted, ours);
  const r = await mirrors(ours);
  expect(r.code).toBe(2);
  expect(readFileSync(victim, 'utf8')).toBe('echo mine\n');
});

test.each([
  ['our own link in a shared folder', 'shared', false],
  ['a link of another user in a folder that is not shared', 'private', true],
])('%s: followed, the file it points at replaced', async (_name, where, chown) => {
  if (chown && !root) return;
  const folder = join(dir, where);
  mkdirSync(folder, { recursive: true });
  const link = join(folder, 'buildkitd.toml');
  symlinkSync(victim, link);
  if (chown) lchownSync(link, OTHER, OTHER);
  const r = await mirrors(link);
  expect(r.stderr).not.toContain('not followed');
  expect(r.code).toBe(0);
  expect(readFileSync(victim, 'utf8')).toContain('[registry');
});
