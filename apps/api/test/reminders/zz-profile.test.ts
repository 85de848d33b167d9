import { it } from 'vitest';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { createRightsRequests, createStaffUser } from '../support/mail-factories';
import { createMailTestDatabase, startMailTestApp } from '../support/mail-test-app';

it('profile', { timeout: 300_000 }, async () => {
  for (const provider of ['postgresql', 'sqlite'] as const) {
    const db = await createMailTestDatabase(provider);
    const app = await startMailTestApp({ provider, now: new Date('2026-09-11T06:00:00Z'), databaseUrl: db.url });
    const h = await createStaffUser(app.ctx);
    await createRightsRequests(app.ctx, 300, { receivedAt: new Date('2026-08-13T09:00:00Z'), assigneeId: h.id });
    const t0 = Date.now();
    const r = await scanReminders(app.ctx, { isDigestEnabled: false });
    process.stdout.write(`${provider} scan ${Date.now() - t0}ms ${JSON.stringify(r)}\n`);
    await app.close();
    await db.drop();
  }
});
