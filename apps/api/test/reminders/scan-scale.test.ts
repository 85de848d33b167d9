import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { createRightsRequests, createStaffUser } from '../support/mail-factories';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const OPEN_REQUESTS = 20_000;

describe.each(testProviders)('reminder scan over %s with 20 000 open requests', (provider) => {
  let database: MailTestDatabase;
  let app: TestApp;
  const queries: string[] = [];

  beforeAll(async () => {
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-09-11T06:00:00Z'),
      databaseUrl: database.url,
    });
    const handler = await createStaffUser(app.ctx);
    // A typical queue: most requests are weeks from their deadline. 19 900 received
    // 25 August – 10 September 2026 (no reminder due on 11 September) at varying times of day ...
    for (let day = 0; day < 17; day += 1) {
      const receivedAt = new Date(
        Date.parse('2026-08-25T05:00:00Z') + day * 86_400_000 + (day % 12) * 3_600_000,
      );
      await createRightsRequests(app.ctx, day < 16 ? 1170 : 19_900 - 16 * 1170, {
        receivedAt,
        assigneeId: handler.id,
      });
    }
    // ... and 100 received on 13 August, due Monday 14 September: reminded today, 1 working day before.
    await createRightsRequests(app.ctx, 100, {
      receivedAt: new Date('2026-08-13T09:00:00Z'),
      assigneeId: handler.id,
    });
    (
      app.ctx.db.prisma as unknown as {
        $on(event: 'query', cb: (e: { query: string }) => void): void;
      }
    ).$on('query', (e) => queries.push(e.query));
  }, 300_000);
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it(
    'the scan queues the 100 reminders due today, and a second scan reads the queue page by page in a few dozen queries, never per request',
    { timeout: 300_000 },
    async () => {
      const first = await scanReminders(app.ctx);
      expect(first.scanned).toBe(OPEN_REQUESTS);
      expect(first).toMatchObject({ due: 100, queued: 100, digest: 'queued' });

      queries.length = 0;
      const second = await scanReminders(app.ctx);
      expect(second).toMatchObject({
        scanned: OPEN_REQUESTS,
        due: 0,
        queued: 0,
        digest: 'already_queued',
      });
      // Per page of 1 000: the requests, their suspensions (Prisma loads them in two chunks and a
      // read transaction on SQLite) and one look-up of stored keys; plus settings, staff and digest.
      expect(queries.length).toBeLessThanOrEqual(120);
      const requestReads = queries.filter((q) =>
        /FROM\s+[`"]?(main|public)?[`"]?\.?[`"]RightsRequest[`"]/.test(q),
      );
      // Status by status (received, identity pending, in progress): the full pages, then one
      // last short (or empty) page per status.
      expect(requestReads.length).toBeGreaterThanOrEqual(OPEN_REQUESTS / 1000);
      expect(requestReads.length).toBeLessThanOrEqual(OPEN_REQUESTS / 1000 + 3);
      // Only the columns a deadline needs: never the request's free text or payload.
      for (const q of requestReads) {
        expect(q).not.toMatch(/details|responseLetter|refusalReason|extensionReason|identityNote/);
      }
    },
  );
});
