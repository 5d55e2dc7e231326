import type { CacheRule, RegistryTarget } from '../core/image/rules.js';
import type { Deadline } from '../run/deadline.js';
import { type ProfileOption } from './region.js';
export declare function discoverTarget(options: {
    registry?: string;
    rules?: readonly CacheRule[];
    region?: string;
    deadline?: Deadline;
} & ProfileOption): Promise<RegistryTarget>;
