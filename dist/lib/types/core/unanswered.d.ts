/**
 * The name of the VPC endpoint service for `service` in `region`. Interface endpoints in the China
 * regions are named under `cn.com.amazonaws`; gateway endpoints (S3) are `com.amazonaws` everywhere.
 */
export declare function vpcEndpointService(region: string, service: string, kind: 'interface' | 'gateway'): string;
/** What an endpoint is, as far as the fix is concerned. */
export type EndpointService = 'ecr.api' | 'ecr.dkr' | 's3' | 'sts' | 'secretsmanager' | 'upstream' | 'credentials';
export interface UnansweredRequest {
    readonly service: EndpointService;
    /** host[:port] */
    readonly host: string;
    /** The API operation or the registry request, e.g. GetAuthorizationToken, GET manifest. */
    readonly operation?: string;
}
export declare function serviceName(service: EndpointService): string;
/** Whole seconds (or tenths under ten seconds): "20 s", "2.5 s". */
export declare function formatSeconds(ms: number): string;
/** What did not answer, e.g. `no answer from the ECR API (api.ecr.us-east-1.amazonaws.com, GetAuthorizationToken) within 20 s`. */
export declare function unansweredMessage(request: UnansweredRequest | undefined, waitedMs: number): string;
/** The likely fix, per service. */
export declare function unansweredHint(request: UnansweredRequest | undefined, region: string | undefined): string;
/** Who serves a registry request: the registry itself, S3 (layers), or an upstream during an import. */
export declare function registryService(url: string, registryOrigin: string): EndpointService;
