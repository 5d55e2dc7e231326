// The job summary names rewritten files as the log does (core/display.ts): a name with a line break
// or a bidirectional control is shown escaped, on one line, never raw.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { writeSummary } from '../../src/action/summary.js';

let dir: string;
const saved = process.env.GITHUB_STEP_SUMMARY;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ept-summary-'));
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
});
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = saved;
  rmSync(dir, { recursive: true, force: true });
});

test('rewritten files with a line break or a bidirectional control are listed escaped', () => {
  const root = '/ws';
  writeSummary(
    {
      registry: 'r.example',
      session: [],
      images: {},
      rewrittenFiles: ['/ws/x\n::warning::pwned/Dockerfile', '/ws/a\u202eb/Dockerfile', '/ws/app/Dockerfile'],
      notes: [],
      failures: [],
    },
    root,
  );
  const summary = readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
  expect(summary).toContain('<li><code>"x\\n::warning::pwned/Dockerfile"</code></li>');
  expect(summary).toContain('<li><code>"a\\u202eb/Dockerfile"</code></li>');
  expect(summary).toContain('<li><code>app/Dockerfile</code></li>');
  expect(summary).not.toMatch(/[\n\r]::/);
  expect(summary).not.toContain('\u202e');
});
