// warm --from takes what rewrite would take: in a directory walk, only YAML documents that are
// container manifests (compose, Kubernetes objects); a site config's `image: logo.png` is no image.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { type Emulator, startEmulator } from '../../../emulator/index.js';
import { runCli } from '../../helpers/cli.js';

let emu: Emulator;
let dir: string;
beforeAll(async () => {
  emu = await startEmulator({ upstream: 'memory', importTime: 100 });
  dir = mkdtempSync(join(tmpdir(), 'ept-warm-from-'));
});
afterAll(async () => {
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a walk warms compose and Kubernetes images, not the image: keys of other YAML', async () => {
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', '_config.yml'), 'title: Docs\nimage: logo.png\n');
  writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
  writeFileSync(
    join(dir, 'pod.yaml'),
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: alpine:3.20\n',
  );
  const r = await runCli(['warm', '--from', dir, '--json', '--timeout', '20s'], {
    env: { PATH: process.env.PATH, HOME: dir, ...emu.env() },
  });
  expect(r.code).toBe(0);
  const images = JSON.parse(r.stdout).images.map((i: { image: string }) => i.image);
  expect(images.sort()).toEqual(['alpine:3.20', 'nginx:1.27']);
  expect(r.stderr).toContain('_config.yml');
}, 30_000);
