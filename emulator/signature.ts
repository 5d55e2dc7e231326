/**
 * SigV4 verification, as AWS does it: the stand-in recomputes the signature of a request signed
 * with its own access key (the one `env()` hands out) with the SDK's signer and refuses a mismatch.
 * A request signed with any other key is let through unverified (tests with made-up profiles).
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';

export const EMULATOR_ACCESS_KEY_ID = 'AKIAEMULATOREXAMPLE1';
export const EMULATOR_SECRET_ACCESS_KEY = 'emulator/secret/access/key/EXAMPLEKEY01';

/** SHA-256 and HMAC-SHA256 from node:crypto behind the SDK's Checksum interface. */
export class Sha256 {
  readonly #hash;
  constructor(secret?: SourceData) {
    this.#hash = secret ? createHmac('sha256', toBuffer(secret)) : createHash('sha256');
  }
  update(data: SourceData): void {
    this.#hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return this.#hash.digest();
  }
  reset(): void {}
}

type SourceData = string | ArrayBuffer | ArrayBufferView;

const toBuffer = (data: SourceData): Buffer => {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
};

const AUTH_RE =
  /^AWS4-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;

/** `20261126T154500Z` → the Date it names. */
function amzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : undefined;
}

/** True unless the request names the stand-in's key and is not signed right with it. */
export async function signatureMatches(req: IncomingMessage, body: Buffer): Promise<boolean> {
  const authorization = String(req.headers.authorization ?? '');
  if (!authorization.includes(`Credential=${EMULATOR_ACCESS_KEY_ID}/`)) return true;
  const m = AUTH_RE.exec(authorization);
  if (!m) return false;
  const [, accessKeyId, , region, service, signedHeaders, signature] = m as unknown as string[];
  const at = amzDate(String(req.headers['x-amz-date'] ?? ''));
  if (!at) return false;
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers: Record<string, string> = {};
  for (const name of signedHeaders!.split(';')) {
    const value = req.headers[name];
    if (value === undefined) return false;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const signer = new SignatureV4({
    service: service!,
    region: region!,
    credentials: { accessKeyId: accessKeyId!, secretAccessKey: EMULATOR_SECRET_ACCESS_KEY },
    sha256: Sha256,
    // The hash of the body is the header's when the client sent one; none is added (botocore sends none).
    applyChecksum: false,
  });
  const signed = await signer.sign(
    {
      method: req.method ?? 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: body.toString('utf8'),
    },
    // Exactly the headers the client signed, user-agent or others the SDK would leave out included.
    { signingDate: at, signableHeaders: new Set(Object.keys(headers)) },
  );
  return /Signature=([0-9a-f]{64})$/.exec(signed.headers.authorization ?? '')?.[1] === signature;
}
