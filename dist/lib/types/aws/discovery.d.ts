import { type CacheRule, type RegistryTarget } from '../core/image/rules.js';
import type { Run } from '../run/run.js';
export declare function discoverTarget(run: Run, options: {
    registry?: string;
    rules?: readonly CacheRule[];
    region?: string;
}): Promise<RegistryTarget>;
