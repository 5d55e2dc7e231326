// Two logins at once against one docker config (issue 27, item 1): matrix jobs on one self-hosted
// runner start `login --method config` together for two registries. Each round both entries are
// there afterwards, and the session record beside the config has both: the read-change-replace of
// each file happens holding its lock (host/file-lock.ts). A small config, and a 1.8 MB one (many
// auths entries) whose read and write take long enough for two runs to overlap every time.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { runCli } from '../../helpers/cli.js';
import { startTwoRegions, type TwoRegions } from '../../helpers/login.js';

let two: TwoRegions;
let dir: string;

beforeAll(async () => {
  two = await startTwoRegions();
});
afterAll(() => two.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-login-concurrent-'));
  mkdirSync(join(dir, 'docker'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const configPath = () => join(dir, 'docker', 'config.json');

/** A config with `n` auths entries (about 150 bytes each), as docker writes it. */
function configWith(n: number): string {
  const auths: Record<string, { auth: string }> = {};
  for (let i = 0; i < n; i++) {
    const secret = `${i}`.padStart(6, '0').repeat(12);
    auths[`registry-${i}.example.com`] = { auth: Buffer.from(`user${i}:${secret}`).toString('base64') };
  }
  return JSON.stringify({ auths }, null, '\t');
}

test.each([
  ['a small config.json', 1],
  ['a 1.8 MB config.json', 12_000],
])(
  '20 rounds of two logins at once, %s: both entries every time',
  async (_name, entries) => {
    const before = configWith(entries);
    if (entries > 1) expect(before.length).toBeGreaterThan(1_800_000);
    const env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_CONFIG: join(dir, 'docker'), ...two.env() };
    const hosts = [two.east.registryHost, two.west.registryHost];
    const lost: string[] = [];
    for (let round = 0; round < 20; round++) {
      writeFileSync(configPath(), before);
      rmSync(join(dir, 'docker', 'ecr-pull-through-session.json'), { force: true });
      const runs = await Promise.all(
        two.registries.map((registry) =>
          runCli(['login', '--method', 'config', '--registry', registry], { env }),
        ),
      );
      for (const r of runs) expect(r.stderr).not.toContain('ecr-pull-through:');
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const auths = JSON.parse(readFileSync(configPath(), 'utf8')).auths;
      const session = JSON.parse(readFileSync(join(dir, 'docker', 'ecr-pull-through-session.json'), 'utf8'));
      for (const host of hosts) {
        if (!auths[host]) lost.push(`round ${round}: ${host} lost from config.json`);
        if (!session.some((e: { registry: string }) => e.registry === host))
          lost.push(`round ${round}: ${host} lost from the session`);
      }
      if (Object.keys(auths).length !== entries + 2) lost.push(`round ${round}: other entries lost`);
      // No lock or temp file is left behind.
      expect(readdirSync(join(dir, 'docker')).sort()).toEqual([
        'config.json',
        'ecr-pull-through-session.json',
      ]);
    }
    expect(lost).toEqual([]);
  },
  600_000,
);
