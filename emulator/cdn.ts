/**
 * The upstream's CDN as a private subnet sees it: a TCP listener that accepts connections and never
 * answers, so clients fail with their own timeout (the `dial tcp ... i/o timeout` of a first pull).
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { FaultInjector } from './faults.js';
import { closeServer, listen } from './http.js';
import type { RequestLog } from './log.js';
import { PullThrough } from './pullthrough.js';
import type { UpstreamStore } from './upstream.js';

export interface Cdn {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startCdn(deps: {
  faults: FaultInjector;
  log: RequestLog;
  upstream: UpstreamStore;
}): Promise<Cdn> {
  const sockets = new Set<Socket>();

  async function serveBlob(socket: Socket, path: string): Promise<number> {
    const where = PullThrough.upstreamOfCdnPath(new URL(path, 'http://cdn'));
    const data = where ? await deps.upstream.getBlob(where.repository, where.digest) : undefined;
    const status = data ? 200 : 404;
    const body = data ?? Buffer.from('Not Found');
    socket.end(
      Buffer.concat([
        Buffer.from(
          `HTTP/1.1 ${status} ${data ? 'OK' : 'Not Found'}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        ),
        body,
      ]),
    );
    return status;
  }

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const behaviour = deps.faults.cdn;
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n')) return;
      socket.off('data', onData);
      const [method = '', path = ''] = (head.split('\r\n')[0] ?? '').split(' ');
      const hex = /\/([0-9a-f]{64})\/data/.exec(path)?.[1];
      const entry = {
        endpoint: 'cdn' as const,
        operation: 'blob',
        method,
        ...(hex && { reference: `sha256:${hex}` }),
      };
      if (behaviour === 'serve') {
        void serveBlob(socket, path).then((status) => deps.log.add({ ...entry, status }));
      } else {
        deps.log.add({ ...entry, status: 0 });
        if (behaviour === 'reset') socket.resetAndDestroy();
      }
    };
    socket.on('data', onData);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => closeServer(server, sockets),
  };
}
