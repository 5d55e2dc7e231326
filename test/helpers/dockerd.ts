// A real Docker engine for end-to-end tests: Debian's dockerd 20.10 (BuildKit built in), started as
// root in a temp dir of its own, and Debian's docker CLI, which builds with DOCKER_BUILDKIT=1 without
// buildx (the newer CLI in /usr/local/bin needs buildx for that). Every process is stopped by its pid.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { exited } from './child-exit.js';

export const DOCKER_CLI = '/usr/bin/docker';

export function findDockerd(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin'];
  return dirs.map((d) => join(d, 'dockerd')).find((p) => p.startsWith('/') && existsSync(p));
}

/** Why a real engine cannot run here, or undefined when it can. */
export function engineUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'dockerd needs root';
  if (findDockerd() === undefined) return 'dockerd is not installed (apt-get install docker.io)';
  if (!existsSync(DOCKER_CLI)) return `${DOCKER_CLI} is not installed (apt-get install docker.io)`;
  return undefined;
}

export interface Finished {
  code: number | null;
  /** True when the process was killed because it outlived its timeout. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they arrived. */
  output: string;
  ms: number;
}

/**
 * Run a command without blocking the event loop (the emulator answers it from this process); past
 * timeoutMs it is killed by its pid (SIGKILL) and reported as timedOut.
 */
export function runProcess(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run = { stdout: '', stderr: '', output: '', timedOut: false };
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      run.stdout += d;
      run.output += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      run.stderr += d;
      run.output += d;
    });
    const timer = setTimeout(() => {
      run.timedOut = true;
      if (child.pid !== undefined) signal(child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ...run, code, ms: Date.now() - started });
    });
  });
}

export interface Dockerd {
  /** The temp dir holding data, exec root, socket, pid file and the daemon's log. */
  readonly dir: string;
  /** unix://DIR/docker.sock */
  readonly host: string;
  readonly pid: number;
  /** How long the daemon took to answer `docker version`. */
  readonly startMs: number;
  /** /usr/bin/docker -H HOST ARGS, with env added to a minimal environment (PATH, HOME). */
  docker(
    args: string[],
    options?: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number },
  ): Promise<Finished>;
  /** SIGTERM by pid, then SIGKILL if it lingers; removes the temp dir. Resolves with how long it took. */
  stop(): Promise<number>;
}

/** Signal a process by its pid; one that is gone already is not an error. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // exited meanwhile
  }
}

function killByPidFile(path: string): void {
  const pid = existsSync(path) ? Number(readFileSync(path, 'utf8').trim()) : 0;
  if (pid > 0) signal(pid, 'SIGKILL');
}

/** Overlay and shm mounts a killed daemon leaves behind make the temp dir impossible to remove. */
function unmountUnder(dir: string): Promise<unknown> {
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((m) => m.startsWith(`${dir}/`))
    .reverse();
  return Promise.all(
    mounts.map((m) => runProcess('umount', ['-l', m], { env: { PATH: process.env.PATH }, timeoutMs: 5_000 })),
  );
}

export async function startDockerd(
  options: {
    readyTimeoutMs?: number;
    /** The daemon's configuration file (default: `{}`, which keeps the machine's out of the test). */
    daemonJson?: string;
  } = {},
): Promise<Dockerd> {
  const dockerd = findDockerd();
  if (dockerd === undefined) throw new Error('dockerd is not installed');
  // Short on purpose: a unix socket path must stay under ~107 characters.
  const dir = mkdtempSync('/tmp/ept-d-');
  const host = `unix://${dir}/docker.sock`;
  // An empty config file keeps the machine's /etc/docker/daemon.json out of the test.
  writeFileSync(join(dir, 'daemon.json'), options.daemonJson ?? '{}\n');
  const log = openSync(join(dir, 'dockerd.log'), 'a');
  const started = Date.now();
  const child = spawn(
    dockerd,
    [
      ...['--config-file', join(dir, 'daemon.json')],
      ...['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec')],
      ...['-H', host, '--pidfile', join(dir, 'pid')],
      ...['--iptables=false', '--bridge=none'],
    ],
    { stdio: ['ignore', log, log], env: { PATH: process.env.PATH } },
  );
  closeSync(log);
  const pid = child.pid;
  child.on('error', () => undefined);

  let stopping: Promise<number> | undefined;
  const stop = (): Promise<number> => {
    stopping ??= (async () => {
      const t0 = Date.now();
      if (pid !== undefined && !(await exited(child, 0))) {
        signal(pid, 'SIGTERM');
        if (!(await exited(child, 20_000))) {
          signal(pid, 'SIGKILL');
          // The daemon's own containerd outlives a killed daemon.
          killByPidFile(join(dir, 'exec', 'containerd', 'containerd.pid'));
          await exited(child, 5_000);
        }
      }
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        await unmountUnder(dir);
        rmSync(dir, { recursive: true, force: true });
      }
      return Date.now() - t0;
    })();
    return stopping;
  };

  const docker: Dockerd['docker'] = (args, o = {}) =>
    runProcess(DOCKER_CLI, ['-H', host, ...args], {
      env: { PATH: process.env.PATH, HOME: dir, ...o.env },
      ...(o.cwd !== undefined && { cwd: o.cwd }),
      timeoutMs: o.timeoutMs ?? 60_000,
    });

  if (pid === undefined) {
    await stop();
    throw new Error(`could not start ${dockerd}`);
  }
  const deadline = started + (options.readyTimeoutMs ?? 20_000);
  for (;;) {
    const version = await docker(['version'], { timeoutMs: 5_000 });
    if (version.code === 0) break;
    const gone = child.exitCode !== null || child.signalCode !== null;
    if (gone || Date.now() > deadline) {
      const tail = readFileSync(join(dir, 'dockerd.log'), 'utf8').split('\n').slice(-15).join('\n');
      await stop();
      throw new Error(`dockerd ${gone ? 'exited' : 'did not answer in time'}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { dir, host, pid, startMs: Date.now() - started, docker, stop };
}
