// A TCP proxy (node:net) between the app and a server it depends on
// (PostgreSQL, SMTP), so a test can take that server away without touching it:
// other test files share the real servers. `refuse()` destroys every open
// connection and stops listening (clients get ECONNREFUSED, as from a stopped
// server); `hangUp()` keeps accepting but closes each connection at once (a
// server that crashes on every session); `restore()` forwards again on the
// same port.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forward' | 'hang_up' | 'refuse';

export interface TcpFaultProxy {
  host: string;
  port: number;
  mode(): ProxyMode;
  /** Connections accepted so far, whatever happened to them. */
  accepted(): number;
  refuse(): Promise<void>;
  hangUp(): Promise<void>;
  restore(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTcpFaultProxy(target: {
  host: string;
  port: number;
}): Promise<TcpFaultProxy> {
  const open = new Set<Socket>();
  let mode: ProxyMode = 'forward';
  let accepted = 0;
  let server: Server | null = null;
  let port = 0;

  function onConnection(client: Socket): void {
    accepted += 1;
    if (mode !== 'forward') {
      client.destroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  async function listen(): Promise<void> {
    const next = createServer(onConnection);
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    const address = next.address();
    if (typeof address === 'object' && address) port = address.port;
    server = next;
  }
  async function close(): Promise<void> {
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  }
  function cutAll(): void {
    for (const socket of open) socket.destroy();
    open.clear();
  }

  await listen();
  return {
    host: '127.0.0.1',
    get port() {
      return port;
    },
    mode: () => mode,
    accepted: () => accepted,
    async refuse() {
      mode = 'refuse';
      cutAll();
      await close();
    },
    async hangUp() {
      mode = 'hang_up';
      cutAll();
      if (!server) await listen();
    },
    async restore() {
      mode = 'forward';
      if (!server) await listen();
    },
    async stop() {
      mode = 'refuse';
      cutAll();
      await close();
    },
  };
}
