// A setup plan (or what applying it did) in words: one line per step and a closing verdict.
// Formatting only; plan.ts decides.

import type { StepAction } from './plan.js';

const MARK: Record<StepAction, string> = {
  create: '+ create  ',
  update: '~ update  ',
  replace: '± replace ',
  unchanged: '= ok      ',
  blocked: '! blocked ',
};

/** Human lines for a plan or its outcome, and a closing line that says whether anything changed. */
export function formatSetupSteps(
  steps: readonly { kind: string; name: string; action: StepAction; reason: string }[],
  outcome: { dryRun: boolean; blocked: boolean; changes: number },
): string[] {
  const lines = steps.map((s) => `${MARK[s.action]}${s.kind} ${s.name}: ${s.reason}`);
  const n = outcome.changes;
  const things = `${n} change${n === 1 ? '' : 's'}`;
  if (outcome.blocked) lines.push('nothing changed: resolve the blocked steps above first');
  else if (n === 0) lines.push('nothing to change: the registry is already set up as configured');
  else lines.push(outcome.dryRun ? `dry run: ${things} would be made` : `${things} made`);
  return lines;
}
