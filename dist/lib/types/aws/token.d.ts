import { type RegistryCredentials } from '../core/credentials.js';
import type { DeadlineOptions } from '../run/deadline.js';
import type { Run } from '../run/run.js';
import type { ProfileOption } from './region.js';
export type { RegistryCredentials } from '../core/credentials.js';
/** Which registries to ask a token for. */
export interface TokenQuery {
    readonly region?: string;
    /** Account ids or registry hosts; empty: the caller's own registry in the region. */
    readonly registries?: readonly string[];
}
/** The library's getRegistryCredentials: the query and what its run is made of. */
export interface TokenRequest extends TokenQuery, ProfileOption, Pick<DeadlineOptions, 'deadline'> {
    /** Called with every secret string the moment it exists (the token, the password and its base64 forms). */
    readonly onSecret?: (secret: string) => void;
}
/** Accounts to ask for, per region. */
export declare function registriesByRegion(registries: readonly string[], defaultRegion: string): Map<string, string[]>;
/** The credentials of every registry `query` names, within `run`. */
export declare function registryCredentials(run: Run, query: TokenQuery): Promise<RegistryCredentials[]>;
