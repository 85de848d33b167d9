import { Router } from 'express';
import { generateOpenApiDocument } from '@oikeus/contracts/openapi';
import type { AppContext } from '../context';

export function createSystemRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await ctx.db.prisma.$queryRawUnsafe('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (err) {
      ctx.logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unavailable' });
    }
  });
  let openApi: unknown;
  router.get('/api/openapi.json', (_req, res) => {
    openApi ??= generateOpenApiDocument(ctx.env.PUBLIC_URL);
    res.json(openApi);
  });
  return router;
}
