import type { Deadline } from '../deadline.js';
import type { ProfileOption } from './region.js';
export interface RegistryCredentials {
    /** Registry host[:port], from the token's proxyEndpoint. */
    readonly registry: string;
    /** The token's proxyEndpoint, e.g. https://111122223333.dkr.ecr.us-east-1.amazonaws.com */
    readonly endpoint: string;
    readonly region: string;
    /** The account asked for, when one was. */
    readonly account?: string;
    readonly username: string;
    readonly password: string;
    readonly expiresAt: Date;
}
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
