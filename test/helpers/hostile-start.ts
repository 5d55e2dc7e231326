// What the hostile start-up tests share (test/e2e/cli/hostile-start.test.ts and its action twin): a
// copy of the built bundles any user can read, a planted cache folder, an unknown user, and a run
// that fails rather than hangs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A uid and gid with no passwd or group entry. */
export const UNKNOWN_ID = 54321;

export { readableCopy } from './readable-dist.js';

/**
 * setpriv to the unknown uid with no groups, when this runs as root and that user can run node;
 * else undefined, with the reason.
 */
export function unknownUser(): { wrapper: string[] } | { skip: string } {
  if (process.getuid?.() !== 0) return { skip: 'not root: cannot switch to an unknown uid' };
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
  if (!setpriv) return { skip: 'no setpriv' };
  const wrapper = [setpriv, `--reuid=${UNKNOWN_ID}`, `--regid=${UNKNOWN_ID}`, '--clear-groups'];
  if (spawnSync(setpriv, [...wrapper.slice(1), process.execPath, '-e', '0']).status !== 0)
    return { skip: `uid ${UNKNOWN_ID} cannot run ${process.execPath}` };
  return { wrapper };
}

/**
 * XDG_CACHE_HOME and HOME/.cache, each with an `ecr-pull-through` folder holding planted files (in a
 * folder named as a V8 code cache would be) and a FIFO. `listing()` is every entry under both with
 * its type and size, to show nothing was added or changed.
 */
export function plantedCaches(dir: string): { xdg: string; home: string; listing(): string[] } {
  const xdg = join(dir, 'xdg-cache');
  const home = join(dir, 'home');
  for (const base of [xdg, join(home, '.cache')]) {
    const planted = join(base, 'ecr-pull-through', `v8-${process.versions.v8}-${process.arch}`);
    mkdirSync(planted, { recursive: true, mode: 0o700 });
    writeFileSync(join(planted, '0123456789abcdef0123456789abcdef.bin'), 'process.exit(42)\n', {
      mode: 0o600,
    });
    writeFileSync(join(base, 'ecr-pull-through', 'planted.js'), 'console.log("PWNED"); process.exit(42);\n');
    for (const fifo of [join(base, 'ecr-pull-through', 'fifo'), join(planted, 'fifo.bin')])
      spawnSync('mkfifo', [fifo], { stdio: 'inherit' });
  }
  const listing = () => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d).sort()) {
        const p = join(d, e);
        const s = lstatSync(p);
        out.push(`${relative(dir, p)} ${s.isFIFO() ? 'fifo' : s.isDirectory() ? 'dir' : s.size}`);
        if (s.isDirectory()) walk(p);
      }
    };
    walk(xdg);
    walk(home);
    return out;
  };
  return { xdg, home, listing };
}

export interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  hung: boolean;
}

/**
 * `node SCRIPT ARGS` (through `wrapper` when given) with exactly `env`. A run that does not end is
 * killed and reported as hung: the limit only tells a hang from a slow machine, it measures nothing.
 */
export function runNode(
  script: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; wrapper?: string[] },
): Promise<Ended> {
  const [cmd, ...rest] = [...(options.wrapper ?? []), process.execPath, script, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, rest, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
  });
}
