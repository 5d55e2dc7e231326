// The job summary: a table of images (original, cache URI, status, seconds, digest) and the files
// rewritten; and annotations on the lines whose references were left alone.

import { relative } from 'node:path';
import * as core from '@actions/core';
import type { PrepareReport } from '../prepare.js';

const code = (s: string) =>
  `<code>${s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)}</code>`;

export async function writeSummary(report: PrepareReport, root: string): Promise<void> {
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
  const s = core.summary
    .addHeading('ECR pull-through cache', 3)
    .addRaw(`Registry: ${code(report.registry)}`, true);
  if (rows.length) {
    s.addTable([
      ['Image', 'Cache URI', 'Status', 'Seconds', 'Digest'].map((data) => ({ data, header: true })),
      ...rows,
    ]);
  }
  if (report.rewrittenFiles.length) {
    s.addHeading('Rewritten files', 4).addList(report.rewrittenFiles.map((f) => code(relative(root, f))));
  }
  // Transparent mode: the files stayed as they were; the builds of later steps read the policy.
  for (const [name, value] of Object.entries(report.env ?? {}))
    s.addRaw(`Source policy: ${code(value)} (exported as ${code(name)})`, true);
  if (report.failures.length) s.addHeading('Failures', 4).addList(report.failures.map(code));
  await s.write();
}

export function annotate(report: PrepareReport, root: string): void {
  for (const n of report.notes) {
    if (n.line > 0)
      core.warning(n.message, { file: relative(root, n.file), startLine: n.line, title: 'Left alone' });
    else core.warning(n.message);
  }
}
