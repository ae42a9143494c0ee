import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback listener that counts every request it gets, on 127.0.0.1 and ::1 at one port. */
export interface CountingListener {
  port: number;
  /** Requests received so far (each one answered 200 `reached`). */
  hits: string[];
  close(): Promise<void>;
}

const listen = (server: Server, port: number, host: string) =>
  new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, ready);
  });

/**
 * Starts a {@link CountingListener}: every spelling of a loopback address (`127.1`, `2130706433`, `[::1]`,
 * `[::ffff:127.0.0.1]`, `0.0.0.0`, `localhost`) reaches it, and nothing outside the machine can.
 */
export async function startCountingListener(): Promise<CountingListener> {
  const hits: string[] = [];
  const handler = (
    request: { url?: string; headers: { host?: string } },
    response: { end(body: string): void },
  ) => {
    hits.push(`${request.headers.host ?? ''}${request.url ?? ''}`);
    response.end('reached');
  };
  const v4 = createServer(handler);
  await listen(v4, 0, '127.0.0.1');
  const { port } = v4.address() as AddressInfo;
  const v6 = createServer(handler);
  await listen(v6, port, '::1');
  const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));
  return { port, hits, close: async () => void (await Promise.all([close(v4), close(v6)])) };
}
