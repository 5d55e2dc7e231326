// What every bench shares: timing a child process (asynchronously: the local ECR stand-in serves
// from the bench's own event loop), contenders run alternately round after round so that a busy
// moment of the machine falls on all of them, medians, and the one `BENCH {...}` line bench/all.ts
// reads back.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The bundles under test: dist/, or another build (EPT_DIST, as in the tests). */
export const DIST = process.env.EPT_DIST ?? join(process.cwd(), 'dist');

/** The node that runs the bundles (EPT_BENCH_NODE: say, node24, the action's runtime). */
export const NODE = process.env.EPT_BENCH_NODE ?? process.execPath;

export interface Row {
  readonly what: string;
  readonly value: string;
  readonly baseline?: string;
  readonly ratio?: number;
  readonly target?: string;
  readonly met?: boolean;
}

export interface Spawned {
  readonly ms: number;
  readonly code: number | null;
  readonly stderr: string;
}

/** Run a command to its end; resolves with the wall time in ms. */
export function timed(
  cmd: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      env: options.env ?? process.env,
      ...(options.cwd && { cwd: options.cwd }),
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, code, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Run each contender once per round, in turn, for `rounds` rounds (after one unmeasured warm-up
 * round: disk cache, first-run work); a contender that fails stops the bench with what it said.
 */
export async function alternate<K extends string>(
  rounds: number,
  contenders: Record<K, () => Promise<Spawned>>,
): Promise<Record<K, number>> {
  const keys = Object.keys(contenders) as K[];
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round <= rounds; round++) {
    for (const k of keys) {
      const run = await contenders[k]();
      if (run.code !== 0) throw new Error(`${k} exited ${run.code}: ${run.stderr.slice(-2000)}`);
      if (round > 0) times[k].push(run.ms);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, median(times[k])])) as Record<K, number>;
}

export const ms = (n: number): string => `${n.toFixed(0)} ms`;

/** A duration in seconds, as the benches print it: `12.34 s`. */
export const sec = (n: number, digits = 2): string => `${(n / 1000).toFixed(digits)} s`;

/** A ratio as the table shows it: two decimals. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A row comparing `value` with `baseline` against a ratio target (`≤ 1.25×`). */
export function ratioRow(what: string, value: number, baseline: number, maxRatio: number): Row {
  const ratio = Math.round((value / baseline) * 100) / 100;
  return {
    what,
    value: ms(value),
    baseline: ms(baseline),
    ratio,
    target: `≤ ${maxRatio}×`,
    met: ratio <= maxRatio,
  };
}

/** Print the human lines, then the one machine line bench/all.ts reads (it must come last). */
export function report(title: string, rows: readonly Row[]): void {
  console.log(title);
  for (const r of rows) {
    const vs = r.baseline ? ` vs ${r.baseline}` : '';
    const ratio = r.ratio === undefined ? '' : ` = ${r.ratio.toFixed(2)}×`;
    const target = r.target ? ` (target ${r.target}: ${r.met ? 'met' : 'NOT met'})` : '';
    console.log(`  ${r.what}: ${r.value}${vs}${ratio}${target}`);
  }
  console.log(`BENCH ${JSON.stringify({ rows })}`);
}
