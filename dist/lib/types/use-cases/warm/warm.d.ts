import type { Run } from '../../run/run.js';
import type { WarmOptions, WarmRequest, WarmResult } from './types.js';
/** Make every image ready in the pull-through cache; resolves when all are ready or failed. */
export declare function warm(options: WarmOptions): Promise<WarmResult>;
/** Warm within `run` (prepare's, or warm's own), whose deadline bounds it all. */
export declare function warmIn(run: Run, options: WarmRequest): Promise<WarmResult>;
