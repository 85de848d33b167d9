import { Router } from 'express';
import { createApiKeyInputSchema, idSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf } from '../staff/require-staff';
import { createApiKey } from './create-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

/** /api/console/api-keys: admins create (shown once), list and revoke sync API keys. */
export function createApiKeysRouter(ctx: AppContext): Router {
  const router = Router();
  const admin = requireStaff(ctx, 'admin');

  router.get('/api-keys', admin, async (_req, res) => {
    res.json(await listApiKeys(ctx));
  });

  router.post('/api-keys', admin, async (req, res) => {
    const input = parseInput(createApiKeyInputSchema, req.body, req);
    res.status(201).json(await createApiKey(ctx, { ...input, staffId: staffOf(res).id }));
  });

  router.post('/api-keys/:id/revoke', admin, async (req, res) => {
    const id = parseInput(idSchema, req.params.id, req);
    res.json(await revokeApiKey(ctx, { id, staffId: staffOf(res).id }));
  });

  return router;
}
