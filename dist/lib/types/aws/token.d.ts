import { type RegistryCredentials } from '../core/credentials.js';
import type { Deadline } from '../run/deadline.js';
import type { ProfileOption } from './region.js';
export type { RegistryCredentials } from '../core/credentials.js';
export interface TokenRequest extends ProfileOption {
    readonly region?: string;
    /** Account ids or registry hosts; empty: the caller's own registry in the region. */
    readonly registries?: readonly string[];
    /** Called with every secret string the moment it exists (the token, the password and its base64 forms). */
    readonly onSecret?: (secret: string) => void;
    /** The run's deadline: no request outlives it. */
    readonly deadline?: Deadline;
}
/** Accounts to ask for, per region. */
export declare function registriesByRegion(registries: readonly string[], defaultRegion: string): Map<string, string[]>;
export declare function getRegistryCredentials(request: TokenRequest): Promise<RegistryCredentials[]>;
