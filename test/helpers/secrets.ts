// The secrets a run handles besides the registry password (passwordForms, in login.ts): a stand-in
// for the container credentials endpoint (CodeBuild, ECS) on loopback, whose token, path and every
// answer are secrets, static keys, and a scan of outputs and files for every form of each.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const random = () => randomBytes(12).toString('hex');

export interface ContainerEndpoint {
  /** AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN. */
  env(): Record<string, string>;
  /** The token, and the access key id, secret key and session token it answers with. */
  readonly secrets: readonly string[];
  /** Its path: on ECS a credential of its own (this stand-in is reached by FULL_URI, where it is not). */
  readonly path: string;
  /** How many times it answered with credentials. */
  asked(): number;
  stop(): Promise<void>;
}

/** A container credentials endpoint that answers only its own path with its own token. */
export async function startContainerEndpoint(): Promise<ContainerEndpoint> {
  const token = `container-authorization-token-${random()}`;
  const path = `/v2/credentials/${random()}`;
  const answer = {
    AccessKeyId: `ASIA${random().toUpperCase()}`,
    SecretAccessKey: `container/secret/${random()}`,
    Token: `container-session-token-${random()}`,
    Expiration: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z'),
  };
  let asked = 0;
  const server = createServer((req, res) => {
    const ok = req.url === path && req.headers.authorization === token;
    if (ok) asked++;
    res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
    res.end(JSON.stringify(ok ? answer : { Message: 'denied' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return {
    env: () => ({ AWS_CONTAINER_CREDENTIALS_FULL_URI: url, AWS_CONTAINER_AUTHORIZATION_TOKEN: token }),
    secrets: [token, answer.AccessKeyId, answer.SecretAccessKey, answer.Token],
    path,
    asked: () => asked,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Each form a secret can be printed in: as it is, and in base64 (a header, a config's auth). */
export function forms(secret: string): string[] {
  return [secret, Buffer.from(secret).toString('base64')];
}

/** The secrets (any form) found in `text`, for an expectation that names them when it fails. */
export function secretsIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => forms(s).some((f) => text.includes(f)));
}

/** Every regular file under `dir`, recursively, with its text. */
export function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, text: readFileSync(path, 'latin1') };
    });
}
