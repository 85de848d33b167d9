import cookieParser from 'cookie-parser';
import express, { Router, type Request } from 'express';
import {
  errorMessages,
  externalIdSchema,
  syncBatchInputSchema,
  syncRecordTypeSchema,
  type SyncRecordType,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { apiKeyOf, assertApiKeyScope, requireApiKey } from './require-api-key';
import { readSyncedRecord } from './read-synced-record';
import { createSyncRateLimiter } from './sync-rate-limit';
import { runIdempotent } from './sync-idempotency';
import { syncRecords } from './sync-records';
import { reasonText } from '../../errors/reasons';

function recordTypeOf(req: Request): SyncRecordType {
  return parseInput(syncRecordTypeSchema, req.params.recordType, req);
}

function externalIdOf(req: Request): string {
  return parseInput(externalIdSchema, req.params.externalId, req);
}

/**
 * /api/registers/v1: the sync API for the controller's systems. Mounted
 * before the cookie parser's CSRF guard and the 256 kB JSON limit: it is
 * authenticated by API key only (no cookies, so no CSRF), and a batch of
 * 1 000 records needs a larger body.
 */
export function createRegistersRouter(ctx: AppContext): Router {
  const router = Router();
  // Cookies are parsed for the language preference only (messages in fi/sv/en); never for authentication.
  router.use(cookieParser());
  router.use(express.json({ limit: '4mb' }));
  router.use(requireApiKey(ctx));
  router.use(createSyncRateLimiter(ctx));

  router.get('/:recordType/:externalId', async (req, res) => {
    const recordType = recordTypeOf(req);
    assertApiKeyScope(apiKeyOf(res), recordType, 'read');
    res.json(await readSyncedRecord(ctx, recordType, externalIdOf(req)));
  });

  router.post('/:recordType/batch', async (req, res) => {
    const recordType = recordTypeOf(req);
    const key = apiKeyOf(res);
    assertApiKeyScope(key, recordType, 'write');
    const input = parseInput(syncBatchInputSchema, req.body, req);
    const answer = await runIdempotent(ctx, req, key.id, async () => ({
      status: 200,
      body: await syncRecords(ctx, {
        recordType,
        upsert: input.upsert,
        delete: input.delete,
        source: input.source,
        sourceDetail: input.sourceDetail,
        apiKeyId: key.id,
        apiKeyName: key.name,
        locale: localeOf(req),
      }),
    }));
    res.status(answer.status).json(answer.body);
  });

  router.put('/:recordType/:externalId', async (req, res) => {
    const recordType = recordTypeOf(req);
    const externalId = externalIdOf(req);
    const key = apiKeyOf(res);
    assertApiKeyScope(key, recordType, 'write');
    const body: unknown = req.body;
    const record =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
    const locale = localeOf(req);
    const answer = await runIdempotent(ctx, req, key.id, async () => {
      const { results } = await syncRecords(ctx, {
        recordType,
        upsert: [{ ...record, externalId }],
        delete: [],
        apiKeyId: key.id,
        apiKeyName: key.name,
        locale,
      });
      const result = results[0];
      if (result?.outcome === 'refused' && result.reason) {
        // Refused at the door (suppressed, erased ...): 409 with the reason.
        return {
          status: 409,
          body: {
            error: {
              code: 'CONFLICT',
              message: reasonText(`syncRefusal.${result.reason}`, locale),
              details: [{ path: 'reason', message: result.reason }],
            },
            result,
          },
        };
      }
      return { status: result?.outcome === 'created' ? 201 : 200, body: result };
    });
    res.status(answer.status).json(answer.body);
  });

  router.delete('/:recordType/:externalId', async (req, res) => {
    const recordType = recordTypeOf(req);
    const externalId = externalIdOf(req);
    const key = apiKeyOf(res);
    assertApiKeyScope(key, recordType, 'write');
    const locale = localeOf(req);
    const answer = await runIdempotent(ctx, req, key.id, async () => {
      const { results } = await syncRecords(ctx, {
        recordType,
        upsert: [],
        delete: [externalId],
        apiKeyId: key.id,
        apiKeyName: key.name,
        locale,
      });
      const result = results[0];
      if (result?.outcome === 'not_found') {
        return {
          status: 404,
          body: { error: { code: 'NOT_FOUND', message: errorMessages.NOT_FOUND[locale] }, result },
        };
      }
      if (result?.outcome === 'refused' && result.reason) {
        return {
          status: 409,
          body: {
            error: {
              code: 'CONFLICT',
              message: reasonText(`syncRefusal.${result.reason}`, locale),
              details: [{ path: 'reason', message: result.reason }],
            },
            result,
          },
        };
      }
      return { status: 200, body: result };
    });
    res.status(answer.status).json(answer.body);
  });

  return router;
}
