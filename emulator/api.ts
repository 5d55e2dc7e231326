/**
 * The AWS API listener: ECR (JSON 1.1, `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.<Op>`),
 * a Secrets Manager subset (JSON 1.1, `secretsmanager.<Op>`) and STS GetCallerIdentity on one port.
 * Requests must carry a SigV4 Authorization header; one signed with the stand-in's own key must be
 * signed right (signature.ts), and an ECR request signed for another region is refused as AWS would.
 * Paths under /stand-in/ are the stand-in's own control endpoint (control.ts), not AWS calls.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTROL_PREFIX, serveControl } from './control.js';
import { type EcrContext, GUARDED, OPERATIONS } from './ecr-operations.js';
import { SETUP_OPERATIONS } from './ecr-setup-operations.js';
import { ApiError } from './errors.js';
import type { Fault, FaultInjector } from './faults.js';
import { readBody, resetConnection, send, sleep } from './http.js';
import type { RequestLog } from './log.js';
import type { Quotas } from './quotas.js';
import { SECRETS_GUARDED, SECRETS_OPERATIONS, SECRETS_TARGET_PREFIX } from './secrets.js';
import { signatureMatches } from './signature.js';
import { callerIdentity, callerIdentityXml, STS_JSON_TARGET_PREFIX, stsErrorXml } from './sts.js';

const ECR_TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';
const SIGV4_RE = /^AWS4-HMAC-SHA256\s+Credential=[^/\s]+\/\d{8}\/([^/\s]+)\/([^/\s]+)\/aws4_request/;

export interface ApiDeps extends EcrContext {
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  readonly quotas: Quotas;
}

type Protocol = 'ecr' | 'secrets' | 'sts-json' | 'sts-query';

interface Call {
  readonly protocol: Protocol;
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

function parseCall(req: IncomingMessage, body: Buffer, url: URL): Call {
  const target = String(req.headers['x-amz-target'] ?? '');
  const json = (): Record<string, unknown> => {
    if (body.length === 0) return {};
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not an object');
      return parsed as Record<string, unknown>;
    } catch {
      throw new ApiError('SerializationException', 'Start of structure or map found where not expected.');
    }
  };
  if (target.startsWith(ECR_TARGET_PREFIX)) {
    return { protocol: 'ecr', operation: target.slice(ECR_TARGET_PREFIX.length), input: json() };
  }
  if (target.startsWith(SECRETS_TARGET_PREFIX)) {
    return { protocol: 'secrets', operation: target.slice(SECRETS_TARGET_PREFIX.length), input: json() };
  }
  if (target.startsWith(STS_JSON_TARGET_PREFIX)) {
    return { protocol: 'sts-json', operation: target.slice(STS_JSON_TARGET_PREFIX.length), input: json() };
  }
  const form = new URLSearchParams(
    String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
      ? body.toString('utf8')
      : '',
  );
  const action = form.get('Action') ?? url.searchParams.get('Action');
  if (action) return { protocol: 'sts-query', operation: action, input: Object.fromEntries(form) };
  return { protocol: 'ecr', operation: target || 'Unknown', input: {} };
}

const isJson11 = (call: Call): boolean => call.protocol === 'ecr' || call.protocol === 'secrets';

export function createApiHandler(deps: ApiDeps): (req: IncomingMessage, res: ServerResponse) => void {
  function answer(res: ServerResponse, call: Call, status: number, output: unknown): number {
    const requestId = randomUUID();
    if (call.protocol === 'sts-query') {
      send(res, status, callerIdentityXml(output as ReturnType<typeof callerIdentity>), {
        'Content-Type': 'text/xml',
        'x-amzn-RequestId': requestId,
      });
    } else {
      const contentType = isJson11(call) ? 'application/x-amz-json-1.1' : 'application/x-amz-json-1.0';
      send(res, status, JSON.stringify(output), {
        'Content-Type': contentType,
        'x-amzn-RequestId': requestId,
      });
    }
    return status;
  }

  function fail(res: ServerResponse, call: Call, error: ApiError): number {
    const requestId = randomUUID();
    if (call.protocol === 'sts-query') {
      const code = error.type.replace(/Exception$/, '');
      send(res, error.status, stsErrorXml(code, error.message, error.status >= 500 ? 'Receiver' : 'Sender'), {
        'Content-Type': 'text/xml',
        'x-amzn-RequestId': requestId,
      });
    } else {
      send(res, error.status, JSON.stringify({ __type: error.type, message: error.message }), {
        'Content-Type': isJson11(call) ? 'application/x-amz-json-1.1' : 'application/x-amz-json-1.0',
        'x-amzn-ErrorType': error.type,
        'x-amzn-RequestId': requestId,
      });
    }
    return error.status;
  }

  async function applyFault(fault: Fault, req: IncomingMessage): Promise<number | undefined> {
    if (fault.kind === 'slow') {
      await sleep(fault.slowMs);
      return undefined;
    }
    if (fault.kind === 'reset') {
      resetConnection(req);
      return 0;
    }
    // Never answered: logged now (status 0), the connection left open until the client leaves.
    if (fault.kind === 'hang') return 0;
    throw fault.kind === 'throttle'
      ? new ApiError('ThrottlingException', 'Rate exceeded')
      : new ApiError('ServerException', 'We encountered an internal error. Please try again.', 500);
  }

  async function authorize(req: IncomingMessage, call: Call, body: Buffer): Promise<void> {
    const m = SIGV4_RE.exec(String(req.headers.authorization ?? ''));
    if (!m) throw new ApiError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
    if (!(await signatureMatches(req, body))) {
      throw new ApiError(
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        403,
      );
    }
    if (isJson11(call) && m[1] !== deps.region) {
      throw new ApiError(
        'InvalidSignatureException',
        `Credential should be scoped to a valid region, not '${m[1]}'. `,
        403,
      );
    }
  }

  function runSecrets(call: Call): unknown {
    const operation = SECRETS_OPERATIONS[call.operation];
    if (operation === undefined)
      throw new ApiError('UnknownOperationException', `Unknown operation ${call.operation}`);
    const guard = SECRETS_GUARDED[call.operation];
    if (guard && !deps.permissions()[guard]) {
      const id = String(call.input.SecretId ?? call.input.Name ?? '*');
      throw new ApiError(
        'AccessDeniedException',
        `User: arn:aws:sts::${deps.account}:assumed-role/ci/session is not authorized to perform: secretsmanager:${call.operation} on resource: ${id} because no identity-based policy allows the secretsmanager:${call.operation} action`,
      );
    }
    return operation(call.input, deps.secrets);
  }

  function run(call: Call): unknown {
    if (call.protocol === 'secrets') return runSecrets(call);
    if (call.protocol !== 'ecr') {
      if (call.operation !== 'GetCallerIdentity') {
        throw new ApiError(
          'InvalidAction',
          `Could not find operation ${call.operation} for version 2011-06-15`,
        );
      }
      return callerIdentity(deps.account);
    }
    const operation = OPERATIONS[call.operation] ?? SETUP_OPERATIONS[call.operation];
    if (operation === undefined)
      throw new ApiError('UnknownOperationException', `Unknown operation ${call.operation}`);
    const guard = GUARDED[call.operation];
    if (guard && !deps.permissions()[guard.permission]) {
      throw new ApiError(
        'AccessDeniedException',
        `User: arn:aws:sts::${deps.account}:assumed-role/ci/session is not authorized to perform: ecr:${call.operation} on resource: ${guard.resource(call.input, deps)} because no identity-based policy allows the ecr:${call.operation} action`,
      );
    }
    return operation(call.input, deps);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://api');
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      serveControl(req, res, deps).catch(() => res.destroy());
      return;
    }
    void (async () => {
      let call: Call = { protocol: 'ecr', operation: 'Unknown', input: {} };
      let status: number;
      let injected: Fault | undefined;
      let refusedBy: string | undefined;
      try {
        const body = await readBody(req);
        call = parseCall(req, body, url);
        // Account-wide quotas come first: a throttled call is refused before anything else looks at it.
        refusedBy = deps.quotas.take(call.operation, call.protocol === 'ecr' ? 'api' : undefined);
        if (refusedBy !== undefined) throw new ApiError('ThrottlingException', 'Rate exceeded');
        injected = deps.faults.pick('api', call.operation);
        const faulted = injected && injected.kind !== 'answer' ? await applyFault(injected, req) : undefined;
        if (faulted !== undefined) {
          status = faulted;
        } else if (injected?.kind === 'answer') {
          // A malformed answer to a well-signed call: the body as the fault gives it.
          await authorize(req, call, body);
          send(res, 200, injected.body, {
            'Content-Type': isJson11(call) ? 'application/x-amz-json-1.1' : 'application/x-amz-json-1.0',
          });
          status = 200;
        } else {
          await authorize(req, call, body);
          status = answer(res, call, 200, await run(call));
        }
      } catch (error) {
        if (res.headersSent) {
          res.destroy();
          status = 0;
        } else {
          status = fail(
            res,
            call,
            error instanceof ApiError ? error : new ApiError('ServerException', String(error), 500),
          );
        }
      }
      const repository = call.input.repositoryName;
      deps.log.add({
        endpoint: 'api',
        operation: call.operation,
        method: req.method ?? 'POST',
        ...(typeof repository === 'string' && { repository }),
        status,
        ...(injected && { fault: injected.kind }),
        ...(refusedBy !== undefined && { quota: refusedBy }),
      });
    })().catch(() => res.destroy());
  };
}
