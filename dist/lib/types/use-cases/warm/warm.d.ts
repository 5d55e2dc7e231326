import type { WarmOptions, WarmResult } from './types.js';
/** Make every image ready in the pull-through cache; resolves when all are ready or failed. */
export declare function warm(options: WarmOptions): Promise<WarmResult>;
