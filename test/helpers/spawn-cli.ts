// Runs the CLI bundle the ways some tests need beyond runCli: through a wrapper (another user, a
// file-size limit), with the child at hand (to signal it), and with a time limit so a hang fails.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from './cli.js';
import { readableCopy } from './readable-dist.js';

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export function startCli(
  args: string[],
  options: {
    wrapper?: string[];
    script?: string;
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
  } = {},
): { child: ChildProcess; ended: Promise<Ended> } {
  const [cmd, ...pre] = [...(options.wrapper ?? []), process.execPath, options.script ?? CLI, ...args];
  const child = spawn(cmd!, pre, {
    cwd: options.cwd,
    env: options.env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout!.setEncoding('latin1').on('data', (d) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 15_000);
  const ended = new Promise<Ended>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
  return { child, ended };
}

export const runCliVia = (
  wrapper: string[],
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
) => startCli(args, { ...options, wrapper }).ended;

/** The uid and gid of nobody, the user tests run the CLI as when they run as root. */
const NOBODY = 65534;

export interface Unprivileged {
  /** Runs the CLI as that user. */
  run(args: string[], options?: { timeoutMs?: number }): Promise<Ended>;
  /** Gives `dir` and all below it to that user. */
  own(dir: string): void;
}

/**
 * How to run the CLI as a user that file permissions apply to: as ourselves when not root; as
 * nobody through setpriv when root (root reads and writes through any mode bits), on a copy of the
 * bundles in a folder nobody can read (removed after the test file); undefined when neither is
 * possible. Call it while the test file is collected (it registers the copy's removal).
 */
export function unprivileged(): Unprivileged | undefined {
  if (process.getuid?.() !== 0)
    return { run: (args, options) => runCliVia([], args, options), own: () => {} };
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
  if (!setpriv) return undefined;
  const wrapper = [setpriv, `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
  if (spawnSync(wrapper[0]!, [...wrapper.slice(1), process.execPath, '-e', '0']).status !== 0)
    return undefined;
  let copy: { dir: string; dist: string } | undefined;
  afterAll(() => copy && rmSync(copy.dir, { recursive: true, force: true }));
  return {
    run: (args, options = {}) => {
      copy ??= readableCopy();
      return startCli(args, { ...options, wrapper, script: join(copy.dist, 'cli.js'), cwd: copy.dir }).ended;
    },
    own: (dir) => chownTree(dir, NOBODY),
  };
}

function chownTree(path: string, id: number): void {
  chownSync(path, id, id);
  if (lstatSync(path).isDirectory()) for (const e of readdirSync(path)) chownTree(join(path, e), id);
}
