// npm run bench: every bench/*.ts, each in its own child process, one after the other (they time
// processes: running two at once would measure each other), then ONE table built from the last
// stdout line of each, `BENCH {"rows":[...]}` (bench/lib/measure.ts writes it). A bench that fails
// or prints no such line gets a row saying so, and the run exits 1.
//
//   npm run bench                 all of them
//   npm run bench -- login action only the benches whose names are given
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Row } from './lib/measure.js';

const BENCH_LINE = /^BENCH (\{.*\})\s*$/;
const here = join(process.cwd(), 'bench');
const chosen = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
  .filter((f) => chosen.length === 0 || chosen.includes(basename(f, '.ts')))
  .sort();

/** Run one bench; its stdout passes through, and its BENCH line is parsed back. */
function run(file: string): Promise<{ rows: Row[]; failed?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, file)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      process.stdout.write(d.replace(/^BENCH .*\n?/gm, ''));
    });
    child.on('close', (code) => {
      const last = out.trimEnd().split('\n').pop() ?? '';
      const m = BENCH_LINE.exec(last);
      if (code !== 0 || !m)
        return resolve({ rows: [], failed: code !== 0 ? `exited ${code}` : 'no BENCH line' });
      try {
        resolve({ rows: (JSON.parse(m[1]!) as { rows: Row[] }).rows });
      } catch (e) {
        resolve({ rows: [], failed: `unreadable BENCH line: ${(e as Error).message}` });
      }
    });
  });
}

const table: (Row & { bench: string })[] = [];
let failures = 0;
for (const file of benches) {
  const bench = basename(file, '.ts');
  console.log(`\n== bench/${file}`);
  const { rows, failed } = await run(file);
  if (failed) {
    failures++;
    table.push({ bench, what: '(the bench)', value: `failed: ${failed}` });
  }
  for (const r of rows) table.push({ bench, ...r });
}

const header = ['bench', 'what', 'value', 'baseline', 'ratio', 'target', 'met'];
const cells = table.map((r) => [
  r.bench,
  r.what,
  r.value,
  r.baseline ?? '',
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  r.target ?? '',
  r.met === undefined ? '' : r.met ? 'yes' : 'NO',
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
for (const c of cells) console.log(line(c));
process.exitCode = failures ? 1 : 0;
