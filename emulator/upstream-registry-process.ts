/**
 * A real OCI registry (Debian's docker-registry, distribution 2.8) as a child process: its own temp dir
 * for config and storage, a free loopback port, killed by pid on stop and on process exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RegistryProcess {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

// Children still running when this process ends, whatever the reason (a test that forgot stop()).
const live = new Map<number, string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function killLive(): void {
  for (const [pid, dir] of live) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
  live.clear();
}

/**
 * A signal ends a process without its 'exit' event. While children live, a signal that nobody else
 * handles kills them and is raised again, so the default (terminate) still happens.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return; // someone else owns shutdown (e.g. main.ts)
  killLive();
  unwatch();
  process.kill(process.pid, signal);
}

function watch(): void {
  if (process.listeners('exit').includes(killLive)) return;
  process.on('exit', killLive);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function unwatch(): void {
  process.off('exit', killLive);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

export function findRegistryBinary(): string | undefined {
  const override = process.env.ECR_EMULATOR_REGISTRY_BIN;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = override
    ? [override]
    : [...dirs.map((d) => join(d, 'docker-registry')), '/usr/bin/docker-registry'];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitUntilServing(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`docker-registry exited (${child.exitCode ?? child.signalCode}): ${stderr().trim()}`);
    }
    try {
      const res = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`docker-registry did not answer GET /v2/ within 10 s: ${stderr().trim()}`);
}

async function startOnce(binary: string): Promise<RegistryProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'ecr-emulator-upstream-'));
  const port = await freePort();
  const configPath = join(dir, 'config.yml');
  writeFileSync(
    configPath,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '',
    ].join('\n'),
  );
  const child = spawn(binary, ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
  const pid = child.pid;
  if (pid === undefined) {
    rmSync(dir, { recursive: true, force: true });
    await spawnError;
    throw new Error(`could not start ${binary}`);
  }
  live.set(pid, dir);
  watch();
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const gone = exited(child);
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 2000);
      await gone;
      clearTimeout(timer);
      live.delete(pid);
      if (live.size === 0) unwatch();
      rmSync(dir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitUntilServing(url, child, () => stderr), spawnError]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid, stop };
}

/** Start docker-registry; a port taken between choosing and binding it costs a retry. */
export async function startRegistryProcess(binary: string): Promise<RegistryProcess> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(binary);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
