// A front for the local ECR stand-in, as a TLS-inspecting proxy or a load balancer stands before
// an endpoint: it forwards every request to the stand-in and remembers what arrived (method, path,
// headers). Served over TLS with a certificate from a CA made at test time (openssl), or plain.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

export interface Front {
  readonly url: string;
  readonly host: string;
  readonly seen: Seen[];
  /** Where requests go (settable: a stand-in may need the front's address before it starts). */
  target: string;
  close(): Promise<void>;
}

export interface TestCa {
  /** The CA certificate, PEM: what AWS_CA_BUNDLE names. */
  readonly caFile: string;
  /** A server certificate for 127.0.0.1 signed by the CA, and its key. */
  readonly cert: string;
  readonly key: string;
}

/** A CA and a server certificate for IP 127.0.0.1, in `dir`. */
export function makeTestCa(dir: string): TestCa {
  const f = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=ept test CA',
  );
  openssl('req', ...ec, '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=127.0.0.1');
  const ext = f('san.ext');
  execFileSync('sh', ['-c', `printf 'subjectAltName=IP:127.0.0.1\\n' > '${ext}'`]);
  openssl(
    'x509',
    '-req',
    '-in',
    f('server.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('server.pem'),
    '-days',
    '2',
    '-extfile',
    ext,
  );
  return {
    caFile: f('ca.pem'),
    cert: readFileSync(f('server.pem'), 'utf8'),
    key: readFileSync(f('server.key'), 'utf8'),
  };
}

export async function startFront(target: string, tls?: Pick<TestCa, 'cert' | 'key'>): Promise<Front> {
  const seen: Seen[] = [];
  const front = { target };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    const upstream = request(
      new URL(req.url ?? '/', front.target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const server = tls ? createHttpsServer(tls, handle) : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return Object.assign(front, {
    url: `${tls ? 'https' : 'http'}://${host}`,
    host,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
