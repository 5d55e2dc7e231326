// A signal while login, logout or mirrors --out is writing (issue 27, item 6): the file is the old or
// the new one (never a mix, no temp file left), and the command exits 130 (SIGINT) or 143 (SIGTERM)
// after the write it is in, as rewrite, warm and prepare do. The signal is sent the moment the
// temp file appears (host/temp-files.ts names it), with the process stopped meanwhile so that it is
// known to have been alive when the signal came.
import { spawn } from 'node:child_process';
import {
  type FSWatcher,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { CLI, runCli } from '../../helpers/cli.js';

const linux = process.platform === 'linux';

let em: Emulator;
let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory' });
});
afterAll(() => em.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-signal-write-'));
  mkdirSync(join(dir, 'docker'));
  env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), ...em.env() };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The temp file a replace writes beside NAME: `.NAME.<pid>.<n>.tmp`. */
const isTempOf = (name: string, file: string | null) =>
  file?.startsWith(`.${name}.`) === true && file.endsWith('.tmp');

/** The state letter of a process (/proc/PID/stat): T stopped, Z exited and not yet reaped. */
function stateOf(pid: number): string {
  try {
    return /^\d+ \(.*\) (\S)/s.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? 'gone';
  } catch {
    return 'gone';
  }
}

/**
 * Run the CLI; the moment a temp file for `name` appears in `folder`, stop it, send `signal` and let
 * it go on. `code` is the status a shell sees (128 + the signal's number for a process the signal
 * ended: it may come as Node tears down, after the command's last line). `alive`: the process was
 * stopped before it ended (so the signal reached a live process).
 */
function signalAtTempFile(
  args: string[],
  folder: string,
  name: string,
  signal: 'SIGINT' | 'SIGTERM',
): Promise<{ code: number | null; stderr: string; alive: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let alive = false;
    let watcher: FSWatcher | undefined;
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    watcher = watch(folder, (_event, file) => {
      if (!watcher || !isTempOf(name, file)) return;
      watcher.close();
      watcher = undefined;
      const pid = child.pid!;
      try {
        process.kill(pid, 'SIGSTOP');
      } catch {
        return;
      }
      let state = stateOf(pid);
      while (state !== 'T' && state !== 'Z' && state !== 'gone') state = stateOf(pid);
      alive = state === 'T';
      process.kill(pid, signal);
      process.kill(pid, 'SIGCONT');
    });
    child.on('error', reject);
    child.on('close', (code, ended) => {
      watcher?.close();
      resolve({ code: code ?? (ended ? 128 + constants.signals[ended] : null), stderr, alive });
    });
  });
}

/** A config with many auths entries (1.8 MB), so that its write takes a while. */
function bigConfig(): string {
  const auths: Record<string, { auth: string }> = {};
  for (let i = 0; i < 12_000; i++)
    auths[`registry-${i}.example.com`] = {
      auth: Buffer.from(`user${i}:${`${i}`.padStart(6, '0').repeat(12)}`).toString('base64'),
    };
  return JSON.stringify({ auths }, null, '\t');
}

const STATUS = { SIGINT: 130, SIGTERM: 143 } as const;
/** Tries until the signal reaches a live process; each try that does counts. */
const TRIES = 8;

const configPath = () => join(dir, 'docker', 'config.json');
const noTempFiles = (folder: string) =>
  expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe.each(['SIGTERM', 'SIGINT'] as const)('%s', (signal) => {
  (linux ? test : test.skip)(
    "login --method config: exits with the signal's status after the write; config.json old or new",
    async () => {
      const before = bigConfig();
      let reached = 0;
      for (let i = 0; i < TRIES && reached < 2; i++) {
        writeFileSync(configPath(), before);
        const r = await signalAtTempFile(
          ['login', '--method', 'config'],
          join(dir, 'docker'),
          'config.json',
          signal,
        );
        const after = readFileSync(configPath(), 'utf8');
        // Old, or new: the old entries and ours.
        if (after !== before) expect(Object.keys(JSON.parse(after).auths)).toHaveLength(12_001);
        noTempFiles(join(dir, 'docker'));
        if (!r.alive) continue;
        reached++;
        expect([r.code, r.stderr]).toEqual([STATUS[signal], expect.any(String)]);
      }
      expect(reached).toBeGreaterThan(0);
    },
    120_000,
  );

  (linux ? test : test.skip)(
    "logout: exits with the signal's status after the write; config.json old or new",
    async () => {
      const before = bigConfig();
      let reached = 0;
      for (let i = 0; i < TRIES && reached < 2; i++) {
        writeFileSync(configPath(), before);
        expect((await runCli(['login', '--method', 'config'], { env })).code).toBe(0);
        const loggedIn = readFileSync(configPath(), 'utf8');
        const r = await signalAtTempFile(['logout'], join(dir, 'docker'), 'config.json', signal);
        expect([before, loggedIn]).toContain(readFileSync(configPath(), 'utf8'));
        noTempFiles(join(dir, 'docker'));
        if (!r.alive) continue;
        reached++;
        expect(r.code).toBe(STATUS[signal]);
      }
      expect(reached).toBeGreaterThan(0);
    },
    120_000,
  );

  (linux ? test : test.skip)(
    "mirrors --out: exits with the signal's status after the write; the file old or new",
    async () => {
      const out = join(dir, 'conf');
      mkdirSync(out);
      const file = join(out, 'buildkitd.toml');
      const args = [
        'mirrors',
        '--format',
        'buildkitd',
        '--out',
        file,
        '--registry',
        '111122223333.dkr.ecr.us-east-1.amazonaws.com',
        '--rule',
        'docker-hub=registry-1.docker.io',
      ];
      let reached = 0;
      for (let i = 0; i < TRIES && reached < 2; i++) {
        writeFileSync(file, 'old\n');
        const r = await signalAtTempFile(args, out, 'buildkitd.toml', signal);
        const after = readFileSync(file, 'utf8');
        if (after !== 'old\n') expect(after).toContain('[registry."docker.io"]');
        noTempFiles(out);
        if (!r.alive) continue;
        reached++;
        expect(r.code).toBe(STATUS[signal]);
      }
      expect(reached).toBeGreaterThan(0);
    },
    120_000,
  );
});
