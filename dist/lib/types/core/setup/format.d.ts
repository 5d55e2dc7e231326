import type { StepAction } from './plan.js';
/** Human lines for a plan or its outcome, and a closing line that says whether anything changed. */
export declare function formatSetupSteps(steps: readonly {
    kind: string;
    name: string;
    action: StepAction;
    reason: string;
}[], outcome: {
    dryRun: boolean;
    blocked: boolean;
    changes: number;
}): string[];
