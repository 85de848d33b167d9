import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { repoRoot } from '../paths';

const webDist = path.join(repoRoot, 'apps/web/dist');

/** Serves the built SPA at / (portal) and /console, with client-side routing fallback. */
export function createStaticWebRouter(): Router {
  const router = Router();
  if (!existsSync(webDist)) return router;
  router.use(
    '/assets',
    express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  router.use(express.static(webDist, { index: false, maxAge: 0 }));
  router.get(/^\/(?!api\/|healthz|readyz).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.sendFile(path.join(webDist, 'index.html'));
  });
  return router;
}
