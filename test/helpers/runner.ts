// Runs dist/index.js the way the GitHub runner does: INPUT_* variables (hyphens kept, upper case),
// GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY files, and for the post phase the saved state
// handed back as STATE_* variables.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundles under test: the committed dist/, or another build (EPT_DIST, for work in progress). */
export const DIST = process.env.EPT_DIST ?? join(process.cwd(), 'dist');

export const ACTION = join(DIST, 'index.js');

/** Parse the `name<<delimiter` file format the runner uses for outputs and state. */
export function parseCommandFile(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export interface RunnerFiles {
  readonly output: string;
  readonly state: string;
  readonly summary: string;
}

export function runnerFiles(dir: string): RunnerFiles {
  const files = { output: join(dir, 'output'), state: join(dir, 'state'), summary: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

export function runAction(options: {
  inputs: Record<string, string>;
  files: RunnerFiles;
  env: NodeJS.ProcessEnv;
  cwd: string;
  state?: Record<string, string>;
}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    GITHUB_OUTPUT: options.files.output,
    GITHUB_STATE: options.files.state,
    GITHUB_STEP_SUMMARY: options.files.summary,
    GITHUB_ACTIONS: 'true',
  };
  for (const [k, v] of Object.entries(options.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
