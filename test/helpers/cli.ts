// Runs the bundled CLI exactly as `npx ecr-pull-through` does: node dist/cli.js.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The bundles under test: the committed dist/, or another build (EPT_DIST, for work in progress). */
export const DIST = process.env.EPT_DIST ?? join(process.cwd(), 'dist');

export const CLI = join(DIST, 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; script?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? CLI, ...args], {
      cwd: options.cwd,
      env: options.env ?? { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('latin1').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
