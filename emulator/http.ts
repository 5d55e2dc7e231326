/** Small node:http helpers shared by the API and registry listeners. */
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { Server as NetServer, Socket } from 'node:net';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function readBody(req: IncomingMessage, limit = 1 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer | undefined,
  headers: OutgoingHttpHeaders = {},
): void {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
  res.writeHead(status, { ...(payload && { 'Content-Length': payload.length }), ...headers });
  res.end(payload);
}

/** A 'reset' fault: the connection dies with no answer, as behind a failing load balancer. */
export function resetConnection(req: IncomingMessage): void {
  req.socket.resetAndDestroy();
}

export function listen(server: Server | NetServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
}

/** Close a listener and every connection on it, so no keep-alive socket outlives stop(). */
export function closeServer(server: Server | NetServer, sockets?: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
    for (const socket of sockets ?? []) socket.destroy();
  });
}
