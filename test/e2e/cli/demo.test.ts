// The README's first command: `npm run demo` runs the main job against the stand-in and succeeds,
// and it says what it does before it does anything slow: its first output is the line saying what
// it will do, before the stand-in is started (the line naming its address) and before the first
// command. An order, not a duration: a 5 s bound on the first output failed on a loaded machine.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

test('npm run demo: rewrite, login and warm on the stand-in, every image ready', async () => {
  let first: string | undefined;
  const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(join('node_modules', '.bin', 'tsx'), [join('demo', 'demo.ts')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const take = (d: Buffer) => {
      first ??= String(d);
      out += d;
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, out }));
  });
  expect(code).toBe(0);
  expect(first).toMatch(/^\n\S*== npm run demo: starting the local ECR stand-in, /);
  expect(out.indexOf('== npm run demo: starting')).toBeLessThan(
    out.indexOf('== local ECR stand-in: API http://127.'),
  );
  expect(out.indexOf('== local ECR stand-in')).toBeLessThan(out.indexOf('$ ecr-pull-through '));
  expect(out).toMatch(/\d+ image\(s\) ready in/);
  expect(out).not.toContain('not ready');
}, 120_000);
