// The register sync API (/api/registers/v1) and its keys, on SQLite and PostgreSQL.
import { createHash, randomUUID } from 'node:crypto';
import type {
  ApiKeyList,
  ApplyErasureResult,
  CreateApiKeyResponse,
  SyncBatchResponse,
  SyncRecordResult,
  WriteResult,
} from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressionHash } from '../../src/registers/suppression-hash';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { callSync, makeApiKey } from '../support/register-sync-helpers';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

function customer(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    firstName: 'Aino',
    lastName: `Virta-${tag}`,
    email: `aino.${tag}@example.fi`,
    relationshipStartedOn: '1.2.2022',
    source: 'contract',
    ...overrides,
  };
}

describe.each(testProviders)('register sync API on %s', (provider) => {
  let app: TestApp;
  let admin: SignedInStaff;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider);
    admin = await signInStaff(app, 'admin');
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());
  const prisma = () => app.ctx.db.prisma;

  it('when an admin creates a key, it is shown once, stored only as a hash, listed with its last use, and works until revoked', async () => {
    const created = await callConsole<CreateApiKeyResponse>(app, 'POST', '/api/console/api-keys', {
      cookie: admin.cookie,
      body: { name: 'CRM', recordTypes: ['customers'], access: 'write' },
    });
    expect(created.status).toBe(201);
    const { key, apiKey } = created.body;
    expect(key).toMatch(/^oik_[0-9a-f]{12}_/);
    const row = await prisma().apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    const secret = key.split('_').slice(2).join('_');
    expect(row.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);

    const tag = randomUUID().slice(0, 8);
    const put = await callSync(app, 'PUT', `/customers/S-${tag}`, { key, body: customer(tag) });
    expect(put.status).toBe(201);
    const listed = await callConsole<ApiKeyList>(app, 'GET', '/api/console/api-keys', {
      cookie: admin.cookie,
    });
    const view = listed.body.items.find((i) => i.id === apiKey.id);
    expect(view?.lastUsedAt).toBe(app.clock.now().toISOString());
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const revoked = await callConsole(app, 'POST', `/api/console/api-keys/${apiKey.id}/revoke`, {
      cookie: admin.cookie,
    });
    expect(revoked.status).toBe(200);
    const after = await callSync(app, 'GET', `/customers/S-${tag}`, { key });
    expect(after.status).toBe(401);
  });

  it('when a key is scoped to one record type and read-only, other types and writes are refused', async () => {
    const { key } = await makeApiKey(app, admin.id, { recordTypes: ['customers'], access: 'read' });
    const tag = randomUUID().slice(0, 8);
    expect((await callSync(app, 'GET', `/customers/none-${tag}`, { key })).status).toBe(404);
    expect((await callSync(app, 'GET', `/invoices/none-${tag}`, { key })).status).toBe(403);
    const write = await callSync(app, 'PUT', `/customers/S-${tag}`, { key, body: customer(tag) });
    expect(write.status).toBe(403);
    expect(await prisma().customer.count({ where: { externalId: `S-${tag}` } })).toBe(0);
  });

  it('when a key has expired, it is refused', async () => {
    const { key } = await makeApiKey(app, admin.id, { expiresOn: '2026-03-01' });
    expect((await callSync(app, 'GET', '/customers/x', { key })).status).toBe(401);
  });

  it('when a staff session cookie is sent to the sync API, or an API key to the console, neither is accepted', async () => {
    const { key } = await makeApiKey(app, admin.id);
    const withCookie = await callSync(app, 'PUT', `/customers/cookie-${randomUUID()}`, {
      headers: { cookie: admin.cookie, 'x-requested-with': 'oikeus' },
      body: customer('cookie'),
    });
    expect(withCookie.status).toBe(401);
    const res = await fetch(`${app.url}/api/console/api-keys`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(401);
    const queue = await fetch(`${app.url}/api/console/requests`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(queue.status).toBe(401);
  });

  it('when a suppressed email is granted marketing through the API, it is refused with 409 and the reason', async () => {
    const { key } = await makeApiKey(app, admin.id);
    const tag = randomUUID().slice(0, 8);
    const email = `objected.${tag}@example.fi`;
    await prisma().marketingSuppression.create({
      data: {
        valueHash: suppressionHash(app.ctx, 'email', email),
        kind: 'email',
        reason: 'objection_art21',
      },
    });
    const contact = await callSync(app, 'PUT', `/marketing-contacts/NL-${tag}`, {
      key,
      body: {
        firstName: 'Ville',
        lastName: 'Salo',
        email,
        lastActivityOn: '2026-02-01',
        source: 'web_form',
      },
    });
    expect(contact.status).toBe(201);
    const grant = await callSync<{ error: { code: string; details: Array<{ message: string }> } }>(
      app,
      'PUT',
      `/permission-events/PE-${tag}`,
      {
        key,
        headers: { 'accept-language': 'en' },
        body: {
          contactExternalId: `NL-${tag}`,
          channel: 'email',
          decision: 'granted',
          decidedAt: '2026-02-02T10:00:00Z',
          source: 'web_form',
        },
      },
    );
    expect(grant.status).toBe(409);
    expect(grant.body.error.code).toBe('CONFLICT');
    expect(grant.body.error.details[0]?.message).toBe('suppressed');
    const stored = await prisma().marketingContact.findUniqueOrThrow({
      where: { externalId: `NL-${tag}` },
      include: { permissions: true, history: true },
    });
    expect([stored.permissions, stored.history]).toEqual([[], []]);
  });

  it('when an erased customer is sent again by a sync, it is not recreated unless it carries the legal-obligation flag', async () => {
    const { key } = await makeApiKey(app, admin.id);
    const tag = randomUUID().slice(0, 8);
    const put = await callSync<SyncRecordResult>(app, 'PUT', `/customers/E-${tag}`, {
      key,
      body: customer(tag),
    });
    expect(put.status).toBe(201);
    const request = await createRightsRequest(app, { type: 'erasure' });
    const linked = await callConsole<WriteResult>(
      app,
      'POST',
      `/api/console/requests/${request.id}/records`,
      {
        cookie: handler.cookie,
        body: {
          version: 1,
          confirm: [{ recordType: 'customer', recordId: put.body.id, matchScore: 100 }],
        },
      },
    );
    expect(linked.status).toBe(200);
    const erased = await callConsole<ApplyErasureResult>(
      app,
      'POST',
      `/api/console/requests/${request.id}/erasure`,
      {
        cookie: handler.cookie,
        body: { version: linked.body.version },
      },
    );
    expect(erased.status).toBe(200);
    expect(await prisma().customer.count({ where: { externalId: `E-${tag}` } })).toBe(0);

    const again = await callSync<{ error: { details: Array<{ message: string }> } }>(
      app,
      'PUT',
      `/customers/E-${tag}`,
      { key, body: customer(tag) },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.details[0]?.message).toBe('erased');
    const batch = await callSync<SyncBatchResponse>(app, 'POST', '/customers/batch', {
      key,
      body: { upsert: [{ externalId: `E-${tag}`, ...customer(tag) }] },
    });
    expect(batch.body.counts).toMatchObject({ created: 0, refused: 1, refusedErased: 1 });
    expect(await prisma().customer.count({ where: { externalId: `E-${tag}` } })).toBe(0);

    const legal = await callSync<SyncRecordResult>(app, 'PUT', `/customers/E-${tag}`, {
      key,
      body: customer(tag, { legalObligation: true }),
    });
    expect(legal.status).toBe(201);
  });

  it('when a record under restriction is updated by a sync, it is stored, stays restricted, and the answer says so', async () => {
    const { key } = await makeApiKey(app, admin.id);
    const tag = randomUUID().slice(0, 8);
    const put = await callSync<SyncRecordResult>(app, 'PUT', `/customers/R-${tag}`, {
      key,
      body: customer(tag),
    });
    await prisma().restriction.create({
      data: {
        recordType: 'customer',
        recordId: put.body.id as string,
        ground: 'art18_1_a',
        reason: 'accuracy contested',
        setAt: app.clock.now(),
      },
    });
    const update = await callSync<SyncRecordResult>(app, 'PUT', `/customers/R-${tag}`, {
      key,
      body: customer(tag, { city: 'Turku' }),
    });
    expect(update.status).toBe(200);
    expect(update.body).toMatchObject({ outcome: 'updated', isRestricted: true });
    expect(
      (await prisma().customer.findUniqueOrThrow({ where: { externalId: `R-${tag}` } })).city,
    ).toBe('Turku');
    expect(
      await prisma().restriction.count({ where: { recordId: put.body.id, liftedAt: null } }),
    ).toBe(1);
    const del = await callSync(app, 'DELETE', `/customers/R-${tag}`, { key });
    expect(del.status).toBe(409);
  });

  it('when a batch carries one invalid record, nothing is written and the error names its index and field', async () => {
    const { key } = await makeApiKey(app, admin.id);
    const tag = randomUUID().slice(0, 8);
    const res = await callSync<{ error: { details: Array<{ path: string }> } }>(
      app,
      'POST',
      '/customers/batch',
      {
        key,
        body: {
          source: 'contract',
          upsert: [
            {
              externalId: `V-${tag}-1`,
              firstName: 'A',
              lastName: 'B',
              relationshipStartedOn: '2024-01-01',
            },
            {
              externalId: `V-${tag}-2`,
              firstName: 'C',
              lastName: 'D',
              relationshipStartedOn: '2024-13-01',
            },
          ],
        },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.path)).toEqual(['upsert.1.relationshipStartedOn']);
    expect(
      await prisma().customer.count({ where: { externalId: { startsWith: `V-${tag}` } } }),
    ).toBe(0);
    const tooMany = await callSync(app, 'POST', '/customers/batch', {
      key,
      body: { delete: Array.from({ length: 1001 }, (_, i) => `x-${i}`) },
    });
    expect(tooMany.status).toBe(400);
  });

  it('when a write is retried with the same idempotency key, the first answer comes back; another body with it is a conflict', async () => {
    const { key } = await makeApiKey(app, admin.id);
    const tag = randomUUID().slice(0, 8);
    const headers = { 'idempotency-key': `k-${tag}` };
    const body = { source: 'contract', upsert: [{ externalId: `K-${tag}`, ...customer(tag) }] };
    const first = await callSync<SyncBatchResponse>(app, 'POST', '/customers/batch', {
      key,
      headers,
      body,
    });
    expect(first.body.counts.created).toBe(1);
    const retry = await callSync<SyncBatchResponse>(app, 'POST', '/customers/batch', {
      key,
      headers,
      body,
    });
    expect(retry.body).toEqual(first.body);
    const runs = await prisma().registerSyncRun.count({
      where: { kind: 'sync', counts: { contains: '"created":1' }, apiKeyId: { not: null } },
    });
    expect(runs).toBeGreaterThan(0);
    const other = await callSync(app, 'POST', '/customers/batch', {
      key,
      headers,
      body: { ...body, sourceDetail: 'changed' },
    });
    expect(other.status).toBe(409);
  });
});
