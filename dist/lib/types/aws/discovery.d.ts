import type { CacheRule, RegistryTarget } from '../core/rules.js';
export declare function discoverTarget(options: {
    registry?: string;
    rules?: readonly CacheRule[];
    region?: string;
}): Promise<RegistryTarget>;
