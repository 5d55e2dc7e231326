// The README's first command: `npm run demo` runs the main job against the stand-in and succeeds,
// and it says something within a second (no silent build).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

test('npm run demo: rewrite, login and warm on the stand-in, every image ready', async () => {
  const started = Date.now();
  let firstOutputAt: number | undefined;
  const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'tsx'), [join('demo', 'demo.ts')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const take = (d: Buffer) => {
      firstOutputAt ??= Date.now();
      out += d;
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, out }));
  });
  expect(code).toBe(0);
  expect(firstOutputAt! - started).toBeLessThan(5_000);
  expect(out).toMatch(/\d+ image\(s\) ready in/);
  expect(out).not.toContain('not ready');
}, 120_000);
