// Lists every route of an Express 5 app by walking its router stack
// (router@2: `app.router.stack`; a mounted router is a layer whose `handle`
// has its own `stack` and whose `rawPath` is the mount path; a route layer
// has `route.path` and `route.methods`). Regular-expression paths are
// reported by their source, e.g. `/^\/(?!api\/).*/`.
import type { Express } from 'express';

interface LayerLike {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

export interface AppRoute {
  method: string;
  path: string;
}

function pathText(path: unknown): string {
  if (typeof path === 'string') return path;
  if (path instanceof RegExp) return String(path);
  throw new Error(`Route path of unexpected shape: ${String(path)}`);
}

function join(prefix: string, path: string): string {
  if (path === '/') return prefix === '' ? '/' : prefix;
  return `${prefix}${path}`;
}

function walk(stack: LayerLike[], prefix: string, out: AppRoute[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const path = join(prefix, pathText(layer.route.path));
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') out.push({ method: method.toUpperCase(), path });
      }
    } else if (layer.handle?.stack) {
      const mount =
        layer.rawPath === undefined || layer.rawPath === '/' ? '' : pathText(layer.rawPath);
      walk(layer.handle.stack, `${prefix}${mount}`, out);
    }
  }
}

export function listAppRoutes(app: Express): AppRoute[] {
  // Express 5 keeps its root router at `app.router` (untyped in @types/express).
  const root = (app as unknown as { router: { stack: LayerLike[] } }).router;
  const out: AppRoute[] = [];
  walk(root.stack, '', out);
  return out;
}
