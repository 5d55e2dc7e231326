// A real containerd for end-to-end tests: Debian's containerd (1.6 here), started as root with a
// root, state dir, socket and config of its own under a temp dir (the CRI plugin off), and `ctr`
// talking to that socket. The daemon is stopped by its pid.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exited } from './child-exit.js';
import { type Finished, runProcess } from './dockerd.js';

/** Why containerd cannot run here, or undefined when it can. */
export function containerdUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'containerd needs root';
  for (const bin of ['containerd', 'ctr']) {
    if (spawnSync(bin, ['--version']).status !== 0)
      return `${bin} is not installed (apt-get install containerd)`;
  }
  return undefined;
}

export interface Containerd {
  readonly dir: string;
  /** The daemon's socket, for `ctr --address`. */
  readonly address: string;
  readonly pid: number;
  /** ctr --address SOCKET ARGS, in a minimal environment. */
  ctr(args: string[], options?: { timeoutMs?: number }): Promise<Finished>;
  /** SIGTERM by pid (SIGKILL if it lingers), then the temp dir is removed. */
  stop(): Promise<void>;
}

/** Overlay mounts of unpacked snapshots keep the temp dir busy until unmounted. */
function unmountUnder(dir: string): void {
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[1] ?? '')
    .filter((m) => m.startsWith(`${dir}/`))
    .reverse();
  for (const m of mounts) spawnSync('umount', ['-l', m]);
}

export async function startContainerd(options: { readyTimeoutMs?: number } = {}): Promise<Containerd> {
  // Short on purpose: a unix socket path must stay under ~107 characters.
  const dir = mkdtempSync('/tmp/ept-c-');
  const address = join(dir, 'containerd.sock');
  const config = join(dir, 'config.toml');
  // Its own config keeps the machine's /etc/containerd/config.toml out of the test.
  writeFileSync(config, 'version = 2\ndisabled_plugins = ["io.containerd.grpc.v1.cri"]\n');
  const log = openSync(join(dir, 'containerd.log'), 'a');
  const child = spawn(
    'containerd',
    ['--config', config, '--root', join(dir, 'root'), '--state', join(dir, 'state'), '--address', address],
    { stdio: ['ignore', log, log], env: { PATH: process.env.PATH } },
  );
  closeSync(log);
  child.on('error', () => undefined);
  const pid = child.pid;

  const stop = async (): Promise<void> => {
    if (pid !== undefined && !(await exited(child, 0))) {
      process.kill(pid, 'SIGTERM');
      if (!(await exited(child, 10_000))) {
        process.kill(pid, 'SIGKILL');
        await exited(child, 5_000);
      }
    }
    unmountUnder(dir);
    rmSync(dir, { recursive: true, force: true });
  };
  const ctr: Containerd['ctr'] = (args, o = {}) =>
    runProcess('ctr', ['--address', address, ...args], {
      env: { PATH: process.env.PATH },
      timeoutMs: o.timeoutMs ?? 60_000,
    });

  if (pid === undefined) {
    await stop();
    throw new Error('could not start containerd');
  }
  const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
  for (;;) {
    const version = await ctr(['version'], { timeoutMs: 5_000 });
    if (version.code === 0) break;
    const gone = child.exitCode !== null || child.signalCode !== null;
    if (gone || Date.now() > deadline) {
      const tail = readFileSync(join(dir, 'containerd.log'), 'utf8').split('\n').slice(-15).join('\n');
      await stop();
      throw new Error(`containerd ${gone ? 'exited' : 'did not answer in time'}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { dir, address, pid, ctr, stop };
}
