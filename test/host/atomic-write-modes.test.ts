// A replaced file keeps its mode exactly: neither the umask nor a default ACL of its directory (which
// takes the umask's place there) may narrow it. Through the CLI (in-process) and the library calls.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBatch, writeFileAtomic } from '../../src/host/atomic-write.js';
import { runMain } from '../helpers/run-main.js';
import { ecr, REGISTRY, RULE_FLAGS } from '../helpers/target.js';

const FLAGS = ['--registry', REGISTRY, ...RULE_FLAGS.flatMap((r) => ['--rule', r])];
const modeOf = (path: string) => statSync(path).mode & 0o7777;

let dir: string;
let umask: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-modes-'));
  umask = process.umask();
});
afterEach(() => {
  process.umask(umask);
  rmSync(dir, { recursive: true, force: true });
});

/** A Dockerfile with this mode in its own directory, to be rewritten. */
function dockerfile(name: string, mode: number): string {
  mkdirSync(join(dir, name));
  const path = join(dir, name, 'Dockerfile');
  writeFileSync(path, 'FROM node:20\n');
  chmodSync(path, mode);
  return path;
}

describe.each([
  ['022', 0o022],
  ['077', 0o077],
])('under umask %s', (_name, mask) => {
  test.each([
    ['0664', 0o664],
    ['0775', 0o775],
    ['0600', 0o600],
    ['0644', 0o644],
  ])('rewrite keeps mode %s', async (_name, mode) => {
    const path = dockerfile('svc', mode);
    process.umask(mask);
    const r = await runMain(['rewrite', ...FLAGS, dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(path, 'latin1')).toBe(`FROM ${ecr('docker-hub/library/node:20')}\n`);
    expect(modeOf(path)).toBe(mode);
  });

  test('writeFileAtomic keeps the mode it finds; a new file gets the one it is told (default 0644)', () => {
    const path = dockerfile('lib', 0o664);
    process.umask(mask);
    writeFileAtomic(path, 'x');
    expect(modeOf(path)).toBe(0o664);
    writeFileAtomic(path, 'y', 0o600);
    expect(modeOf(path)).toBe(0o664);
    writeFileAtomic(join(dir, 'new-secret'), 'z', 0o600);
    expect(modeOf(join(dir, 'new-secret'))).toBe(0o600);
    writeFileAtomic(join(dir, 'new'), 'z');
    expect(modeOf(join(dir, 'new'))).toBe(0o644);
  });

  test('writeBatch gives each file the mode its read found', async () => {
    const paths = [0o664, 0o775, 0o600].map((m, i) => [dockerfile(`b${i}`, 0o644), m] as const);
    process.umask(mask);
    const ids = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
    const outcome = await writeBatch(
      paths.map(([path, mode]) => ({ path, data: 'z', kept: { mode, ...ids }, link: false })),
    );
    expect(outcome.written).toHaveLength(3);
    for (const [path, mode] of paths) expect(modeOf(path)).toBe(mode);
  });
});

// The umask narrows nothing of 0644 under 022; a default ACL does (the kernel uses it instead of the
// umask): a write that trusted the umask alone and skipped fchmod would leave 0640 here.
test('a directory with a default ACL narrower than the mode: the mode is still kept', async () => {
  const path = dockerfile('acl', 0o644);
  // user rwx, group r-x, other ---: the system.posix_acl_default xattr, version 2, undefined ids.
  const set = spawnSync('python3', [
    '-c',
    `import os,struct,sys
acl=struct.pack('<I',2)+b''.join(struct.pack('<HHI',t,p,0xffffffff) for t,p in [(1,7),(4,5),(0x20,0)])
os.setxattr(sys.argv[1],'system.posix_acl_default',acl)
os.umask(0o022)
fd=os.open(sys.argv[1]+'/probe',os.O_WRONLY|os.O_CREAT,0o644); print(oct(os.fstat(fd).st_mode&0o777))`,
    join(dir, 'acl'),
  ]);
  if (set.status !== 0 || set.stdout.toString().trim() !== '0o640') {
    return console.warn(`skipped: no default ACL here (${set.stderr.toString().trim().split('\n').pop()})`);
  }
  rmSync(join(dir, 'acl', 'probe'));
  process.umask(0o022);
  const r = await runMain(['rewrite', ...FLAGS, dir]);
  expect(r.code).toBe(0);
  expect(readFileSync(path, 'latin1')).toContain(ecr('docker-hub/library/node:20'));
  expect(modeOf(path)).toBe(0o644);
});
