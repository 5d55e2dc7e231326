import type { EgressCheck, EndpointCheck, EndpointRole } from '../core/doctor/network.js';
export interface NetworkProbe {
    /** The addresses a host name resolves to; rejects when it does not resolve. */
    resolve(host: string): Promise<string[]>;
    /** Whether a TCP connection to host:port opens in time. */
    connect(host: string, port: number): Promise<boolean>;
}
export declare function systemNetwork(timeoutMs?: number): NetworkProbe;
type Env = Record<string, string | undefined>;
/** Resolve each endpoint and try to connect to it (a proxied one: only the proxy). */
export declare function checkEndpoints(network: NetworkProbe, env: Env, targets: readonly (readonly [EndpointRole, URL])[]): Promise<EndpointCheck[]>;
/** Try HTTPS connections to upstream hosts, each with the rule prefixes whose first pulls go there. */
export declare function checkEgress(network: NetworkProbe, env: Env, upstreams: ReadonlyMap<string, readonly string[]>): Promise<EgressCheck[]>;
export {};
