// What `warm` and `prepare` print to a CI log (stderr not a terminal) while images import: a line
// when an import starts, and while any image imports a heartbeat naming how many are ready of how
// many and the slowest one. The tests-only EPT_TEST_HEARTBEAT_MS shortens the interval to 2 s, so
// the facts checked are causal (a heartbeat comes between an import's start and its end); one run
// keeps the real interval (14 s: no silence over 15 s) and an import of 35 s, and checks that
// heartbeats come no more than 15 s apart as the run counts time.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { CLI } from '../../helpers/cli.js';

interface Line {
  at: number;
  text: string;
}

/** The CLI on a pipe, with each stderr line and when it arrived. */
function cli(emu: Emulator, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; lines: Line[] }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...emu.env(), ...env },
    });
    const lines: Line[] = [];
    let partial = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      const parts = (partial + d).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) lines.push({ at: Date.now(), text });
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines }));
  });
}

const index = (lines: Line[], test: (text: string) => boolean) => lines.findIndex((l) => test(l.text));
const FAST = ['--poll-base', '100ms', '--poll-cap', '500ms'];
const HEARTBEAT_2S = { EPT_TEST_HEARTBEAT_MS: '2000' };

/** Between the line saying `image`'s import started and the line saying it is ready: a heartbeat naming it. */
function expectHeartbeatWhileImporting(lines: Line[], image: string, ready: RegExp) {
  const started = index(lines, (t) => t === `importing ${image}`);
  const done = index(lines, (t) => ready.test(t));
  expect(started).toBeGreaterThanOrEqual(0);
  expect(done).toBeGreaterThan(started);
  const beats = lines.slice(started, done).filter((l) => l.text.startsWith('still waiting: '));
  expect(beats.length).toBeGreaterThanOrEqual(1);
  expect(beats[0]!.text).toMatch(
    new RegExp(`^still waiting: 0/1 ready; slowest: ${image.replace(/[.:]/g, '\\$&')}, importing for \\d+s$`),
  );
}

describe('an import of 6 s, heartbeats every 2 s', () => {
  let emu: Emulator;
  let dir: string;
  beforeAll(async () => {
    emu = await startEmulator({ upstream: 'memory', importTime: 6_000 });
    dir = mkdtempSync(join(tmpdir(), 'ept-progress-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await emu.stop();
  });

  it('warm: the import starting, heartbeats naming it while it imports, then ready', async () => {
    const run = await cli(emu, ['warm', ...FAST, '--timeout', '60s', 'node:20'], HEARTBEAT_2S);
    expect(run.code).toBe(0);
    expectHeartbeatWhileImporting(run.lines, 'node:20', /^ready {3}node:20 /);
    // No live status line on a pipe: no carriage return anywhere.
    expect(run.lines.some((l) => l.text.includes('\r'))).toBe(false);
  }, 90_000);

  it('prepare: the same lines around its warm', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM nginx:1.27\n');
    const run = await cli(
      emu,
      ['prepare', '--root', dir, '--dockerfiles', 'Dockerfile', '--no-login', '--timeout', '60s'],
      HEARTBEAT_2S,
    );
    expect(run.code).toBe(0);
    expectHeartbeatWhileImporting(run.lines, 'nginx:1.27', /^ready {3}nginx:1\.27 /);
    // Its seconds with one decimal always, as warm prints them (one line for both: finishedLine).
    expect(run.lines.map((l) => l.text)).toContainEqual(
      expect.stringMatching(/^ready {3}nginx:1\.27 \(\d+\.\ds\)$/),
    );
  }, 90_000);
});

describe('an import of 35 s, the real heartbeat (14 s)', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ upstream: 'memory', importTime: 35_000 });
  });
  afterAll(() => emu.stop());

  it('warm: heartbeats come while the import runs, never more than 15 s apart by its own clock', async () => {
    const run = await cli(emu, ['warm', ...FAST, '--timeout', '2m', 'alpine:3.20']);
    expect(run.code).toBe(0);
    expectHeartbeatWhileImporting(run.lines, 'alpine:3.20', /^ready {3}alpine:3\.20 /);
    // The gaps as the run itself counts them (the import's age each heartbeat prints), from the
    // import's start: the capture's own arrival times would measure this machine's load instead.
    const ages = run.lines.flatMap((l) => /importing for (\d+)s$/.exec(l.text)?.slice(1).map(Number) ?? []);
    expect(ages.length).toBeGreaterThanOrEqual(2);
    const gaps = ages.map((age, i) => age - (i === 0 ? 0 : ages[i - 1]!));
    expect(gaps.every((g) => g <= 15)).toBe(true);
  }, 150_000);
});
