import type { Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface InFlight {
  /** Resolves once every request the server accepted has been answered (or `timeoutMs` passed). */
  settled(timeoutMs?: number): Promise<void>;
}

/**
 * Counts requests the app is still working on. When autocannon stops, the
 * server goes on answering what was in flight (Express does not abort on a
 * closed connection); the next measurement must not share the CPU with that.
 */
export function trackInFlight(server: Server): InFlight {
  let open = 0;
  // Before Express's own listener, so even an answer sent synchronously is seen.
  server.prependListener('request', (_req, res: ServerResponse) => {
    open += 1;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    let isCounted = false;
    res.end = ((...args: unknown[]) => {
      if (!isCounted) {
        isCounted = true;
        open -= 1;
      }
      return end(...args);
    }) as ServerResponse['end'];
  });
  return {
    settled: async (timeoutMs = 300_000) => {
      const deadline = Date.now() + timeoutMs;
      while (open > 0 && Date.now() < deadline) await sleep(50);
    },
  };
}
