import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from './app';
import type { AppContext } from './context';

export interface RunningServer {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Listens (port 0 in tests picks a free port) and returns a stop() that closes cleanly. */
export async function start(
  ctx: AppContext,
  port = ctx.env.PORT,
  host = ctx.env.HOST,
): Promise<RunningServer> {
  const app = createApp(ctx);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once('error', reject);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
