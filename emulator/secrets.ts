/**
 * A Secrets Manager subset (AWS JSON 1.1, `X-Amz-Target: secretsmanager.<Op>`): what pull-through
 * cache credentials need. Secrets are named, their ARN is the name plus a 6-character suffix, and a
 * SecretId may be the name, the full ARN or the ARN without the suffix, as Secrets Manager accepts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type Clock, epochSeconds } from './clock.js';
import { ApiError } from './errors.js';

export const SECRETS_TARGET_PREFIX = 'secretsmanager.';
const NAME_RE = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SUFFIX_RE = /-[A-Za-z0-9]{6}$/;

/** A secret to start with: its name or full ARN, and its value (an object is stored as JSON). */
export interface SecretSeed {
  readonly name: string;
  readonly value?: string | Readonly<Record<string, string>>;
}

export interface StoredSecret {
  readonly name: string;
  readonly arn: string;
  readonly description?: string;
  readonly createdAt: number;
  lastChangedAt: number;
  versionId?: string;
  value?: string;
}

/** What tests may do to secrets behind the API's back: break them on purpose. */
export interface SecretsControl {
  put(seed: SecretSeed): void;
  delete(nameOrArn: string): boolean;
  /** The stored value (for assertions that a value arrived, never for logs). */
  value(nameOrArn: string): string | undefined;
  names(): string[];
}

export class SecretStore implements SecretsControl {
  readonly #secrets = new Map<string, StoredSecret>();

  constructor(
    private readonly account: string,
    private readonly region: string,
    private readonly clock: Clock,
  ) {}

  /** The ARN prefix every secret of this account and region shares. */
  get arnPrefix(): string {
    return `arn:aws:secretsmanager:${this.region}:${this.account}:secret:`;
  }

  find(id: string): StoredSecret | undefined {
    const direct = this.#secrets.get(id);
    if (direct) return direct;
    for (const s of this.#secrets.values()) {
      if (s.arn === id || `${this.arnPrefix}${s.name}` === id) return s;
    }
    return undefined;
  }

  create(
    name: string,
    description: string | undefined,
    value: string | undefined,
    arn?: string,
  ): StoredSecret {
    if (!NAME_RE.test(name)) {
      throw new ApiError(
        'InvalidParameterException',
        `Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!`,
      );
    }
    if (this.#secrets.has(name)) {
      throw new ApiError(
        'ResourceExistsException',
        `The operation failed because the secret ${name} already exists.`,
      );
    }
    const now = this.clock.now();
    const secret: StoredSecret = {
      name,
      arn:
        arn ??
        `${this.arnPrefix}${name}-${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 6)}`,
      ...(description !== undefined && { description }),
      createdAt: now,
      lastChangedAt: now,
    };
    this.#secrets.set(name, secret);
    if (value !== undefined) this.setValue(secret, value);
    return secret;
  }

  setValue(secret: StoredSecret, value: string): string {
    secret.value = value;
    secret.versionId = randomUUID();
    secret.lastChangedAt = this.clock.now();
    return secret.versionId;
  }

  list(): StoredSecret[] {
    return [...this.#secrets.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  put(seed: SecretSeed): void {
    const value = typeof seed.value === 'object' ? JSON.stringify(seed.value) : seed.value;
    const isArn = seed.name.startsWith('arn:');
    const name = isArn
      ? seed.name.slice(seed.name.indexOf(':secret:') + 8).replace(SUFFIX_RE, '')
      : seed.name;
    const existing = this.#secrets.get(name);
    if (existing) {
      if (value !== undefined) this.setValue(existing, value);
      return;
    }
    this.create(name, undefined, value, isArn ? seed.name : undefined);
  }

  delete(nameOrArn: string): boolean {
    const secret = this.find(nameOrArn);
    return secret !== undefined && this.#secrets.delete(secret.name);
  }

  value(nameOrArn: string): string | undefined {
    return this.find(nameOrArn)?.value;
  }

  names(): string[] {
    return this.list().map((s) => s.name);
  }
}

/** Which permission switch guards each Secrets Manager operation. */
export const SECRETS_GUARDED: Record<string, SecretsPermission> = {
  CreateSecret: 'createSecret',
  DescribeSecret: 'describeSecret',
  GetSecretValue: 'getSecretValue',
  PutSecretValue: 'putSecretValue',
  ListSecrets: 'listSecrets',
};

export type SecretsPermission =
  | 'createSecret'
  | 'describeSecret'
  | 'getSecretValue'
  | 'putSecretValue'
  | 'listSecrets';

type Input = Record<string, unknown>;

function secretId(input: Input, store: SecretStore): StoredSecret {
  const id = input.SecretId;
  if (typeof id !== 'string' || id === '') {
    throw new ApiError('InvalidParameterException', "Invalid parameter at 'SecretId': a value is required");
  }
  const secret = store.find(id);
  if (secret === undefined) {
    throw new ApiError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
  }
  return secret;
}

function secretString(input: Input): string | undefined {
  if (input.SecretBinary !== undefined) {
    throw new ApiError('InvalidRequestException', 'This stand-in stores SecretString values only.');
  }
  const value = input.SecretString;
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new ApiError('InvalidParameterException', "Invalid parameter at 'SecretString'");
  return value;
}

export const SECRETS_OPERATIONS: Record<string, (input: Input, store: SecretStore) => unknown> = {
  CreateSecret(input, store) {
    const name = input.Name;
    if (typeof name !== 'string' || name === '') {
      throw new ApiError('InvalidParameterException', "Invalid parameter at 'Name': a value is required");
    }
    const description = typeof input.Description === 'string' ? input.Description : undefined;
    const secret = store.create(name, description, secretString(input));
    return { ARN: secret.arn, Name: secret.name, ...(secret.versionId && { VersionId: secret.versionId }) };
  },

  DescribeSecret(input, store) {
    const s = secretId(input, store);
    return {
      ARN: s.arn,
      Name: s.name,
      ...(s.description !== undefined && { Description: s.description }),
      CreatedDate: epochSeconds(s.createdAt),
      LastChangedDate: epochSeconds(s.lastChangedAt),
      ...(s.versionId && { VersionIdsToStages: { [s.versionId]: ['AWSCURRENT'] } }),
    };
  },

  GetSecretValue(input, store) {
    const s = secretId(input, store);
    if (s.value === undefined || s.versionId === undefined) {
      throw new ApiError(
        'ResourceNotFoundException',
        "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
      );
    }
    return {
      ARN: s.arn,
      Name: s.name,
      VersionId: s.versionId,
      SecretString: s.value,
      VersionStages: ['AWSCURRENT'],
      CreatedDate: epochSeconds(s.lastChangedAt),
    };
  },

  PutSecretValue(input, store) {
    const s = secretId(input, store);
    const value = secretString(input);
    if (value === undefined) {
      throw new ApiError('InvalidRequestException', 'You must provide either SecretString or SecretBinary.');
    }
    const versionId = store.setValue(s, value);
    return { ARN: s.arn, Name: s.name, VersionId: versionId, VersionStages: ['AWSCURRENT'] };
  },

  ListSecrets(input, store) {
    const filters = Array.isArray(input.Filters)
      ? (input.Filters as { Key?: string; Values?: string[] }[])
      : [];
    const names = filters.filter((f) => f.Key === 'name').flatMap((f) => f.Values ?? []);
    const all = store.list().filter((s) => names.length === 0 || names.some((n) => s.name.startsWith(n)));
    const max = input.MaxResults === undefined ? 100 : Number(input.MaxResults);
    const offset =
      typeof input.NextToken === 'string' ? Number(Buffer.from(input.NextToken, 'base64url').toString()) : 0;
    if (!Number.isInteger(max) || max < 1 || max > 100 || !Number.isInteger(offset) || offset < 0) {
      throw new ApiError('InvalidParameterException', 'Invalid MaxResults or NextToken');
    }
    const page = all.slice(offset, offset + max);
    const next = offset + page.length;
    return {
      SecretList: page.map((s) => ({
        ARN: s.arn,
        Name: s.name,
        ...(s.description !== undefined && { Description: s.description }),
        CreatedDate: epochSeconds(s.createdAt),
        LastChangedDate: epochSeconds(s.lastChangedAt),
      })),
      ...(next < all.length && { NextToken: Buffer.from(String(next)).toString('base64url') }),
    };
  },
};

/** The pull-through credential check ValidatePullThroughCacheRule makes: the secret and both keys. */
export function credentialProblem(store: SecretStore, arn: string): string | undefined {
  const secret = store.find(arn);
  if (secret === undefined)
    return `Unable to access the secret ${arn}: Secrets Manager can't find the specified secret.`;
  if (secret.value === undefined) return `The secret ${arn} has no value.`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret.value);
  } catch {
    parsed = undefined;
  }
  const o = (parsed ?? {}) as Record<string, unknown>;
  if (typeof o.username !== 'string' || typeof o.accessToken !== 'string' || !o.username || !o.accessToken) {
    return `The secret ${arn} must hold a JSON object with the keys username and accessToken.`;
  }
  return undefined;
}
