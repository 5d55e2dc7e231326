import type { Run } from '../run/run.js';
import type { TokenSource } from './types.js';
export type { TokenSource } from './types.js';
/**
 * The token source for each region of a run. Credentials the signed way needs are asked for once
 * per run (the container endpoint), whatever the number of regions.
 */
export declare function tokenSources(run: Run): (region: string) => Promise<TokenSource>;
