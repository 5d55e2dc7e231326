import type { TokenSource, TokenSourceOptions } from './types.js';
export type { TokenSource, TokenSourceOptions } from './types.js';
/**
 * The token source for each region of a run. Credentials the signed way needs are asked for once
 * per run (the container endpoint), whatever the number of regions.
 */
export declare function tokenSources(options: TokenSourceOptions): (region: string) => Promise<TokenSource>;
