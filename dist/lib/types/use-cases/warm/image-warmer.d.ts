import type { ECRClient } from '@aws-sdk/client-ecr';
import { type ImageRef } from '../../core/image/reference.js';
import { type RegistryTarget } from '../../core/image/rules.js';
import { type Platform } from '../../core/warm/manifest.js';
import * as poll from '../../core/warm/poll-schedule.js';
import { type RegistryClient } from '../../registry/client.js';
import type { Deadline } from '../../run/deadline.js';
import { type RepositoryWatches } from './repository-watch.js';
import { type Calls } from './scheduler.js';
import type { WarmEvent, WarmImageResult } from './types.js';
/** A call made before any image's first pull, and how long it took. */
export interface StartCall {
    readonly operation: string;
    readonly ms: number;
}
/** What every image of a warm run shares: the registry, the clients, the scheduler, the deadline, the settings. */
export interface WarmRun {
    readonly target: RegistryTarget;
    readonly region: string;
    readonly registryId?: string;
    readonly registry: RegistryClient;
    readonly ecr: ECRClient;
    readonly calls: Calls;
    /** The images of one cache repository are looked for together. */
    readonly watches: RepositoryWatches;
    /** The run's deadline: its signal ends every wait and call, its length is the run's timeout. */
    readonly deadline: Deadline;
    readonly cancelled: () => boolean;
    readonly poll: poll.PollSchedule;
    readonly platforms: readonly Platform[];
    readonly verifyLayers: boolean;
    readonly startedAt: number;
    /** The slowest call before the first pull (token, discovery): its time was not the images'. */
    readonly before?: StartCall;
    readonly onEvent?: (event: WarmEvent) => void;
}
/** Watches one image from its first pull until ECR holds it. */
export declare class ImageWarmer {
    #private;
    private readonly run;
    private readonly image;
    private readonly uri;
    private readonly ref;
    constructor(run: WarmRun, image: string, uri: string, ref: ImageRef);
    warm(): Promise<WarmImageResult>;
}
/** The result of an image no rule covers: failed before any call, with the rule to create. */
export declare function failedUnmapped(image: string, registry: string, reason: string): WarmImageResult;
