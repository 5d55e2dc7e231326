import type { ECRClient } from '@aws-sdk/client-ecr';
import * as poll from '../../core/warm/poll-schedule.js';
import { type Readiness } from '../../core/warm/readiness.js';
import type { CallOperation, Calls, Tally } from './scheduler.js';
export declare const DESCRIBE_IMAGES: CallOperation;
/** What a watch needs of the warm run: its calls, the ECR client, the poll schedule, the registry. */
interface RunOfWatch {
    readonly calls: Calls;
    readonly ecr: ECRClient;
    readonly poll: poll.PollSchedule;
    readonly registryId?: string;
}
export declare class RepositoryWatch {
    #private;
    private readonly run;
    private readonly repository;
    constructor(run: RunOfWatch, repository: string);
    /** Resolves when a listing shows the image ready; rejects with the failure of a listing (or the deadline). */
    ready(expected: Readiness, tally: Tally, origin: number): Promise<void>;
}
/** One watch per cache repository of a run. */
export declare class RepositoryWatches {
    #private;
    private readonly run;
    constructor(run: RunOfWatch);
    of(repository: string): RepositoryWatch;
}
export {};
