// Secrets Manager, only as far as pull-through credentials need it: find a secret, compare its
// value, create or update it. Values pass through memory only; nothing here logs or returns them.

import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { Run } from '../run/run.js';
import { sdkSettings } from './sdk/clients.js';
import { requestHandler } from './sdk/handler.js';

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

const isNotFound = (e: unknown): boolean => (e as Error | undefined)?.name === 'ResourceNotFoundException';

/** The JSON document ECR expects in the secret. */
export function credentialSecretString(credential: UpstreamCredential): string {
  return JSON.stringify({ username: credential.username, accessToken: credential.accessToken });
}

/** A Secrets Manager client with the same proxy rules as the ECR clients (AWS_ENDPOINT_URL_SECRETS_MANAGER honoured). */
export function createSecretsApi(region: string, run: Run): SecretsApi {
  const handler = requestHandler('secretsmanager', run);
  const client = new SecretsManagerClient({
    region,
    requestHandler: handler,
    ...sdkSettings(run),
  });
  return {
    async arnOf(id) {
      try {
        return (await client.send(new DescribeSecretCommand({ SecretId: id }))).ARN;
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    async holds(id, credential) {
      let text: string | undefined;
      try {
        text = (await client.send(new GetSecretValueCommand({ SecretId: id }))).SecretString;
      } catch (e) {
        if (isNotFound(e)) return false; // a secret without a current value
        throw e;
      }
      try {
        const stored = JSON.parse(text ?? '') as Partial<UpstreamCredential>;
        return stored.username === credential.username && stored.accessToken === credential.accessToken;
      } catch {
        return false;
      }
    },
    async create(name, credential, description) {
      const out = await client.send(
        new CreateSecretCommand({
          Name: name,
          Description: description,
          SecretString: credentialSecretString(credential),
        }),
      );
      return out.ARN ?? name;
    },
    async put(id, credential) {
      await client.send(
        new PutSecretValueCommand({ SecretId: id, SecretString: credentialSecretString(credential) }),
      );
    },
    destroy() {
      client.destroy();
      handler.destroy();
    },
  };
}
