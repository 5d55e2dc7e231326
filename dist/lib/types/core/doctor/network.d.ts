import { type DoctorFinding } from './findings.js';
export type EndpointRole = 'api' | 'registry' | 'layers';
export interface EndpointCheck {
    readonly role: EndpointRole;
    readonly host: string;
    /** The port connected to (default 443). */
    readonly port?: number;
    readonly addresses?: readonly string[];
    readonly resolveError?: string;
    /** A TCP connection opened (to the host, or to `via`). */
    readonly reachable?: boolean;
    /** The proxy the connection goes through (host:port), when the environment names one. */
    readonly via?: string;
}
export declare function endpointFindings(checks: readonly EndpointCheck[], region: string): DoctorFinding[];
export interface EgressCheck {
    /** The upstream host probed (the registry itself; its CDN hosts vary). */
    readonly host: string;
    /** The rule prefixes whose first pulls go there. */
    readonly prefixes: readonly string[];
    readonly reachable: boolean;
    readonly via?: string;
}
/** One finding for the upstreams first pulls can reach, one for those they cannot. */
export declare function egressFindings(checks: readonly EgressCheck[]): DoctorFinding[];
export declare function networkSkipped(): DoctorFinding;
/** STS's host did not resolve or refused the connection: a note, and the other checks go on. */
export declare function stsUnreachedFinding(message: string, hint: string | undefined): DoctorFinding;
/**
 * STS did not answer. The main job never needs it (the registry comes from ECR), so this is a warning:
 * only doctor's own "who is the caller" is lost.
 */
export declare function stsUnansweredFinding(message: string, hint: string): DoctorFinding;
