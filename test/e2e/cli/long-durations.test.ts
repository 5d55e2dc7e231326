// A duration longer than a timer holds (2^31 ms, 596 h) once made the deadline fire at once: the run
// ended before its first answer and blamed the endpoint. It is an input error that names the input
// and the longest duration allowed, through the CLI bundle and the action bundle alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';
import { runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let dir: string;
beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 100 });
  dir = mkdtempSync(join(tmpdir(), 'ept-durations-'));
});
afterAll(async () => {
  await em.stop();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => ({ PATH: process.env.PATH, HOME: '/nonexistent', ...em.env() });

describe('the CLI', () => {
  test.each(['600h', '2147484s', '99999999999999999999'])(
    'warm --timeout %s is a usage error naming --timeout and the longest allowed',
    async (timeout) => {
      const calls = em.log.entries.length;
      const r = await runCli(['warm', 'alpine:3.20', '--timeout', timeout], { env: base() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`ecr-pull-through: --timeout must be at most 596h`);
      expect(r.stderr).toContain(`not "${timeout}"`);
      // Refused before any call: no deadline, no endpoint named, no warning from Node's timers.
      expect(r.stderr).not.toMatch(/within|no answer|TimeoutOverflowWarning/);
      expect(em.log.entries.length).toBe(calls);
    },
  );

  test('596h, the longest allowed, is taken: the run works', async () => {
    const r = await runCli(['warm', 'alpine:3.20', '--timeout', '596h'], { env: base() });
    expect([r.code, r.stderr]).toEqual([0, expect.stringContaining('1 image(s) ready')]);
    expect(r.stderr).not.toContain('TimeoutOverflowWarning');
  });
});

describe('the action', () => {
  test('warm-timeout: 99999999999999999999 fails the step naming the input and the longest allowed', async () => {
    const r = await runAction({
      inputs: { 'warm-timeout': '99999999999999999999', images: 'alpine:3.20', 'login-method': 'config' },
      files: runnerFiles(dir),
      env: { ...base(), DOCKER_CONFIG: join(dir, 'docker') },
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::warm-timeout must be at most 596h');
    expect(r.stdout).not.toMatch(/within|no answer/);
    expect(r.stderr).not.toContain('TimeoutOverflowWarning');
  });
});
