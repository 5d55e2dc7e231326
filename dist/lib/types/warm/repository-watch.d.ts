import { type Readiness } from '../core/warm/readiness.js';
import type { Run } from './image-warmer.js';
import type { CallOperation, Tally } from './scheduler.js';
export declare const DESCRIBE_IMAGES: CallOperation;
type RunOfWatch = Pick<Run, 'calls' | 'ecr' | 'poll' | 'registryId'>;
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
