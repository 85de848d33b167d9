// The register sync API (/api/registers/v1) and the admin routes for its keys.
import { z } from 'zod';
import {
  apiKeyListSchema,
  apiKeyViewSchema,
  createApiKeyInputSchema,
  createApiKeyResponseSchema,
  syncBatchInputSchema,
  syncBatchResponseSchema,
  syncRecordResultSchema,
} from '../registers/register-sync';
import { externalIdSchema, syncRecordTypeSchema } from '../registers/register-records';
import { errorBodySchema } from '../errors';
import {
  consoleCustomerInputSchema,
  consoleMarketingContactInputSchema,
  consoleRecordWriteResultSchema,
  holdingsSchema,
  recordHistorySchema,
  recordPermissionInputSchema,
} from '../registers/register-records-console';
import { errorResponse, jsonContent, openApiRegistry } from './registry';

openApiRegistry.registerComponent('securitySchemes', 'syncApiKey', {
  type: 'http',
  scheme: 'bearer',
  description:
    'A register sync API key (oik_…) created by an admin in the console; scoped to record types and read or write. Staff and portal cookies are not accepted.',
});
const apiKeyAuth = [{ syncApiKey: [] as string[] }];
const recordParams = z.object({ recordType: syncRecordTypeSchema, externalId: externalIdSchema });
const typeParams = z.object({ recordType: syncRecordTypeSchema });
const idempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .max(200)
    .optional()
    .describe('A retry with the same key gets the first answer; another body with it is a 409.'),
});
const recordBody = z
  .record(z.string(), z.unknown())
  .describe(
    'The record in the fields of its type (docs/import.md); externalId comes from the path.',
  );
const syncErrors = {
  401: errorResponse('No valid, unrevoked, unexpired API key'),
  403: errorResponse('The key is not scoped to this record type or is read-only'),
  429: errorResponse('Too many calls with this key'),
};
const refusedBody = errorBodySchema.extend({ result: syncRecordResultSchema });

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/registers/v1/{recordType}/{externalId}',
  summary: 'Read one record by externalId, with whether it is restricted (Art. 18).',
  tags: ['Register sync'],
  security: apiKeyAuth,
  request: { params: recordParams },
  responses: {
    200: jsonContent(
      z.object({
        recordType: syncRecordTypeSchema,
        isRestricted: z.boolean(),
        record: z.record(z.string(), z.unknown()),
      }),
      'The record as stored',
    ),
    404: errorResponse('No record with this externalId'),
    ...syncErrors,
  },
});

openApiRegistry.registerPath({
  method: 'put',
  path: '/api/registers/v1/{recordType}/{externalId}',
  summary:
    'Upsert one record by externalId. Refused with 409 and the reason when the law at the door says no (suppressed marketing permission, erased record).',
  tags: ['Register sync'],
  security: apiKeyAuth,
  request: {
    params: recordParams,
    headers: idempotencyHeader,
    body: { content: { 'application/json': { schema: recordBody } } },
  },
  responses: {
    200: jsonContent(
      syncRecordResultSchema,
      'Updated or unchanged; isRestricted says when it stays restricted',
    ),
    201: jsonContent(syncRecordResultSchema, 'Created'),
    400: errorResponse('Invalid record (field messages in details)'),
    409: jsonContent(
      refusedBody,
      'Refused: details[0].message is the reason (suppressed, erased, reference_missing …)',
    ),
    ...syncErrors,
  },
});

openApiRegistry.registerPath({
  method: 'delete',
  path: '/api/registers/v1/{recordType}/{externalId}',
  summary:
    'Delete one record by externalId (not restricted records, customers with vouchers or permission history).',
  tags: ['Register sync'],
  security: apiKeyAuth,
  request: { params: recordParams, headers: idempotencyHeader },
  responses: {
    200: jsonContent(syncRecordResultSchema, 'Deleted'),
    404: errorResponse('No record with this externalId'),
    409: jsonContent(refusedBody, 'Refused, with the reason'),
    ...syncErrors,
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/registers/v1/{recordType}/batch',
  summary:
    'Upsert and delete up to 1 000 records each. One invalid record is a 400 and nothing is written; refusals are per record.',
  tags: ['Register sync'],
  security: apiKeyAuth,
  request: {
    params: typeParams,
    headers: idempotencyHeader,
    body: { content: { 'application/json': { schema: syncBatchInputSchema } } },
  },
  responses: {
    200: jsonContent(syncBatchResponseSchema, 'A result per record and the counts'),
    400: errorResponse('Invalid batch (details name upsert.<index>.<field>)'),
    413: errorResponse('Body too large'),
    ...syncErrors,
  },
});

const adminErrors = {
  401: errorResponse('No valid staff session'),
  403: errorResponse('Admins only'),
};
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/api-keys',
  summary: 'Sync API keys with their scope and last use (never the secret).',
  tags: ['Staff console'],
  responses: { 200: jsonContent(apiKeyListSchema, 'OK'), ...adminErrors },
});
openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/api-keys',
  summary: 'Create a sync API key; the whole key is in this answer only.',
  tags: ['Staff console'],
  request: { body: { content: { 'application/json': { schema: createApiKeyInputSchema } } } },
  responses: {
    201: jsonContent(createApiKeyResponseSchema, 'Created'),
    400: errorResponse('Invalid input'),
    ...adminErrors,
  },
});
openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/api-keys/{id}/revoke',
  summary: 'Revoke a sync API key at once.',
  tags: ['Staff console'],
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: jsonContent(apiKeyViewSchema, 'Revoked'),
    404: errorResponse('No such key'),
    ...adminErrors,
  },
});

const staffReadErrors = { 401: errorResponse('No valid staff session') };
const staffWriteErrors = {
  401: errorResponse('No valid staff session'),
  403: errorResponse('Handlers and admins only'),
  400: errorResponse('Invalid input'),
  409: errorResponse('Refused at the door (suppressed, erased), with the reason'),
};
const handParams = z.object({ handType: z.enum(['customers', 'marketing-contacts']) });
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/holdings',
  summary: 'What we hold: counts per register and record type, last import and sync per source.',
  tags: ['Staff console'],
  responses: { 200: jsonContent(holdingsSchema, 'OK'), ...staffReadErrors },
});
openApiRegistry.registerPath({
  method: 'get',
  path: '/api/console/records/{recordType}/{id}',
  summary:
    'A customer or marketing contact with its changes, restrictions and the requests that touched it.',
  tags: ['Staff console'],
  request: {
    params: z.object({ recordType: z.enum(['customer', 'marketing_contact']), id: z.uuid() }),
  },
  responses: {
    200: jsonContent(recordHistorySchema, 'OK'),
    404: errorResponse('No such record'),
    ...staffReadErrors,
  },
});
openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/records/{handType}',
  summary:
    'Add (or upsert by externalId) a customer or marketing contact by hand; the source is required.',
  tags: ['Staff console'],
  request: {
    params: handParams,
    body: {
      content: {
        'application/json': {
          schema: z.union([consoleCustomerInputSchema, consoleMarketingContactInputSchema]),
        },
      },
    },
  },
  responses: {
    201: jsonContent(consoleRecordWriteResultSchema, 'Created'),
    200: jsonContent(consoleRecordWriteResultSchema, 'Updated or unchanged'),
    ...staffWriteErrors,
  },
});
openApiRegistry.registerPath({
  method: 'put',
  path: '/api/console/records/{handType}/{id}',
  summary: 'Edit a customer or marketing contact by hand; the source is required.',
  tags: ['Staff console'],
  request: {
    params: handParams.extend({ id: z.uuid() }),
    body: {
      content: {
        'application/json': {
          schema: z.union([consoleCustomerInputSchema, consoleMarketingContactInputSchema]),
        },
      },
    },
  },
  responses: {
    200: jsonContent(consoleRecordWriteResultSchema, 'Saved'),
    404: errorResponse('No such record'),
    ...staffWriteErrors,
  },
});
openApiRegistry.registerPath({
  method: 'post',
  path: '/api/console/records/marketing-contacts/{id}/permissions',
  summary: 'Record a permission or prohibition received by phone, letter or another channel.',
  tags: ['Staff console'],
  request: {
    params: z.object({ id: z.uuid() }),
    body: { content: { 'application/json': { schema: recordPermissionInputSchema } } },
  },
  responses: {
    201: jsonContent(syncRecordResultSchema, 'Recorded'),
    404: errorResponse('No such contact'),
    ...staffWriteErrors,
  },
});
