// The bundled action's log while images import: a line when an import starts and, with the
// tests-only 2 s heartbeat, a heartbeat naming the image between that line and the one saying it is
// ready (the order the runner's log shows them in, never how long they took).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runAction, runnerFiles } from '../../helpers/runner.js';

let em: Emulator;
let dir: string;
beforeAll(async () => {
  em = await startEmulator({ upstream: 'memory', importTime: 6_000 });
  dir = mkdtempSync(join(tmpdir(), 'ept-action-progress-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await em.stop();
});

test('warm in the action: the import starting, heartbeats naming it, then ready', async () => {
  const r = await runAction({
    inputs: { images: 'node:20', login: 'false', 'warm-timeout': '60s' },
    files: runnerFiles(dir),
    env: {
      PATH: '/usr/bin:/bin',
      HOME: dir,
      GITHUB_WORKSPACE: dir,
      ...em.env(),
      EPT_TEST_HEARTBEAT_MS: '2000',
    },
    cwd: dir,
  });
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n');
  const started = lines.indexOf('importing node:20');
  const ready = lines.findIndex((l) => /^\[1\/1\] node:20: ready in /.test(l));
  expect(started).toBeGreaterThanOrEqual(0);
  expect(ready).toBeGreaterThan(started);
  const beats = lines.slice(started, ready).filter((l) => l.startsWith('still waiting: '));
  expect(beats.length).toBeGreaterThanOrEqual(1);
  expect(beats[0]).toMatch(/^still waiting: 0\/1 ready; slowest: node:20, importing for \d+s$/);
}, 90_000);
