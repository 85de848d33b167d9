import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { createRightsRequests, createStaffUser } from '../support/mail-factories';
import { createMailTestDatabase, startMailTestApp, type MailTestDatabase } from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const OPEN_REQUESTS = 20_000;

describe.each(testProviders)('reminder scan over %s with 20 000 open requests', (provider) => {
  let database: MailTestDatabase;
  let app: TestApp;
  const queries: string[] = [];

  beforeAll(async () => {
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({ provider, now: new Date('2026-09-11T06:00:00Z'), databaseUrl: database.url });
    const handler = await createStaffUser(app.ctx);
    // 40 receipt dates, 500 requests each, spread over the last two months and across the day.
    for (let day = 0; day < 40; day += 1) {
      const receivedAt = new Date(Date.parse('2026-07-20T05:00:00Z') + day * 86_400_000 + (day % 12) * 3_600_000);
      await createRightsRequests(app.ctx, OPEN_REQUESTS / 40, { receivedAt, assigneeId: handler.id });
    }
    (app.ctx.db.prisma as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) =>
      queries.push(e.query),
    );
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('a second scan the same day reads the queue page by page in a few dozen queries, never per request', { timeout: 300_000 }, async () => {
    const first = await scanReminders(app.ctx);
    expect(first.scanned).toBe(OPEN_REQUESTS);
    expect(first.queued).toBeGreaterThan(0);
    expect(first.queued).toBe(first.due);

    queries.length = 0;
    const second = await scanReminders(app.ctx);
    expect(second).toMatchObject({ scanned: OPEN_REQUESTS, due: 0, queued: 0, digest: 'already_queued' });
    // 20 pages × (requests + their suspensions) + stored-key look-ups + settings, staff and digest checks.
    expect(queries.length).toBeLessThanOrEqual(120);
    const requestReads = queries.filter((q) => /FROM\s+[`"]?(main|public)?[`"]?\.?[`"]RightsRequest[`"]/.test(q));
    expect(requestReads.length).toBe(OPEN_REQUESTS / 1000 + 1);
    // Only the columns a deadline needs: never the request's free text or payload.
    for (const q of requestReads) {
      expect(q).not.toMatch(/details|responseLetter|refusalReason|extensionReason|identityNote/);
    }
  });
});
