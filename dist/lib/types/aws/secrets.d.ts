import type { Run } from '../run/run.js';
/** What ECR reads from a pull-through credential secret. */
export interface UpstreamCredential {
    readonly username: string;
    readonly accessToken: string;
}
export interface SecretsApi {
    /** The secret's ARN, or undefined when no secret has that name or ARN. */
    arnOf(id: string): Promise<string | undefined>;
    /** Whether the stored value holds exactly this username and accessToken. */
    holds(id: string, credential: UpstreamCredential): Promise<boolean>;
    /** Create the secret; returns its ARN. */
    create(name: string, credential: UpstreamCredential, description: string): Promise<string>;
    put(id: string, credential: UpstreamCredential): Promise<void>;
    destroy(): void;
}
/** The JSON document ECR expects in the secret. */
export declare function credentialSecretString(credential: UpstreamCredential): string;
/** A Secrets Manager client with the same proxy rules as the ECR clients (AWS_ENDPOINT_URL_SECRETS_MANAGER honoured). */
export declare function createSecretsApi(region: string, run: Run): SecretsApi;
