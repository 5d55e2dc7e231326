// The job summary: a table of images (original, cache URI, status, seconds, digest) and the files
// rewritten; and annotations on the lines whose references were left alone.

import { EOL } from 'node:os';
import { relative } from 'node:path';
import { displayName } from '../core/display.js';
import { uncacheableHints } from '../core/image/upstreams.js';
import type { PrepareReport } from '../use-cases/prepare/prepare.js';
import * as runner from './runner.js';

const code = (s: string) =>
  `<code>${s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)}</code>`;

const tag = (name: string, inner: string) => `<${name}>${inner}</${name}>`;
const heading = (text: string, level: number) => tag(`h${level}`, text) + EOL;
const list = (items: readonly string[]) => tag('ul', items.map((i) => tag('li', i)).join('')) + EOL;
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  tag(
    'table',
    [header.map((h) => tag('th', h)), ...rows.map((r) => r.map((d) => tag('td', d)))]
      .map((cells) => tag('tr', cells.join('')))
      .join(''),
  ) + EOL;

export function writeSummary(report: PrepareReport, root: string): void {
  const warmed = new Map((report.warmed?.images ?? []).map((r) => [r.image, r]));
  const originals = [...new Set([...Object.keys(report.images), ...warmed.keys()])];
  const rows = originals.map((image) => {
    const w = warmed.get(image);
    const status = w ? (w.status === 'ready' ? '✅ ready' : `❌ ${w.error ?? 'failed'}`) : 'mapped';
    return [
      code(image),
      code(report.images[image] ?? w?.uri ?? image),
      status,
      w ? w.seconds.toFixed(1) : '',
      w?.digest ? code(w.digest) : '',
    ];
  });
  const parts = [heading('ECR pull-through cache', 3), `Registry: ${code(report.registry)}${EOL}`];
  if (rows.length) parts.push(table(['Image', 'Cache URI', 'Status', 'Seconds', 'Digest'], rows));
  if (report.rewrittenFiles.length) {
    parts.push(
      heading('Rewritten files', 4),
      list(report.rewrittenFiles.map((f) => code(displayName(relative(root, f))))),
    );
  }
  // Transparent mode: the files stayed as they were; the builds of later steps read the policy.
  for (const [name, value] of Object.entries(report.env ?? {}))
    parts.push(`Source policy: ${code(value)} (exported as ${code(name)})${EOL}`);
  if (report.failures.length) parts.push(heading('Failures', 4), list(report.failures.map(code)));
  // Outside a runner (no summary file) there is nowhere to put it, and nothing is lost: the log has it all.
  if (!runner.appendSummary(parts.join(''))) runner.debug('no GITHUB_STEP_SUMMARY: job summary not written');
}

export function annotate(report: PrepareReport, root: string): void {
  for (const n of report.notes) {
    if (n.line > 0)
      runner.warning(n.message, { file: relative(root, n.file), startLine: n.line, title: 'Left alone' });
    else runner.warning(n.message);
  }
  for (const hint of uncacheableHints(report.notes.map((n) => n.registry))) runner.info(`hint: ${hint}`);
}
