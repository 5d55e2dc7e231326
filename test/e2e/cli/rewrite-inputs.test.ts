// Inputs a walk or a command line can hold: unreadable directories, FIFOs, non-ASCII paths.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { startCli, unprivileged } from '../../helpers/spawn-cli.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-inputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function repo(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
const read = (path: string) => readFileSync(join(dir, path), 'latin1');

describe('rewrite: what cannot be read', () => {
  const user = unprivileged();
  const asUser = user ? test : test.skip;
  if (!user) console.warn('skipped: running as root and setpriv cannot run the CLI as another user');

  asUser(
    'an unreadable directory in a walk: "path: error: cannot read (...)", exit 2, nothing written',
    async () => {
      repo({ Dockerfile: 'FROM node:20\n', 'secret/Dockerfile': 'FROM node:20\n' });
      user!.own(dir);
      chmodSync(join(dir, 'secret'), 0o000);
      const r = await user!.run(['rewrite', ...FLAGS, dir]);
      chmodSync(join(dir, 'secret'), 0o755);
      expect(r.stderr).toMatch(new RegExp(`^${join(dir, 'secret')}: error: cannot read \\(EACCES`, 'm'));
      expect(r.stderr).not.toContain('scandir');
      expect(r.code).toBe(2);
      expect(read('Dockerfile')).toBe('FROM node:20\n');
    },
  );

  test('a FIFO named on the command line is refused without being opened: exit 2, nothing written', async () => {
    repo({ Dockerfile: 'FROM node:20\n' });
    const fifo = join(dir, 'images.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return console.warn('skipped: mkfifo not available');
    const r = await startCli(['rewrite', ...FLAGS, join(dir, 'Dockerfile'), fifo], { timeoutMs: 10_000 })
      .ended;
    expect(r.timedOut).toBe(false);
    expect(r.stderr).toContain(`${fifo}: error: not a regular file or directory (a FIFO)`);
    expect(r.code).toBe(2);
    expect(read('Dockerfile')).toBe('FROM node:20\n');
  });
});

describe('rewrite --diff', () => {
  test('a latin1 file under a non-ASCII directory: the patch names it in UTF-8 and git apply takes it', async () => {
    const content = Buffer.from('# caf\xe9 cr\xe8me\nFROM node:20\nRUN true\n', 'latin1');
    repo({ 'café/Dockerfile': content });
    const r = await runCli(['rewrite', '--diff', ...FLAGS, 'café/Dockerfile'], { cwd: dir });
    expect(r.code).toBe(0);
    const patch = Buffer.from(r.stdout, 'latin1');
    expect(patch.toString('latin1').split('\n')[0]).toBe(
      `--- a/${Buffer.from('café/Dockerfile').toString('latin1')}`,
    );
    writeFileSync(join(dir, 'change.patch'), patch);
    const check = spawnSync('git', ['apply', '--check', 'change.patch'], { cwd: dir, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    execFileSync('git', ['apply', 'change.patch'], { cwd: dir });
    expect(read('café/Dockerfile')).toBe(
      content.toString('latin1').replace('node:20', ecr('docker-hub/library/node:20')),
    );
  });
});
