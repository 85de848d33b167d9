import { it } from 'vitest';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain';
import { createRightsRequests, createStaffUser } from '../support/mail-factories';
import { createMailTestDatabase, startMailTestApp } from '../support/mail-test-app';

it('profile', { timeout: 600_000 }, async () => {
  for (const provider of ['postgresql', 'sqlite'] as const) {
    const db = await createMailTestDatabase(provider);
    const app = await startMailTestApp({ provider, now: new Date('2026-09-11T06:00:00Z'), databaseUrl: db.url });
    const h = await createStaffUser(app.ctx);
    for (let d = 0; d < 40; d++) {
      await createRightsRequests(app.ctx, 500, { receivedAt: new Date(Date.parse('2026-07-20T09:00:00Z') + d * 86400000 + d * 3600_000 * 7), assigneeId: h.id });
    }
    let t0 = Date.now();
    let r = await scanReminders(app.ctx, { isDigestEnabled: false });
    process.stdout.write(`${provider} first scan of 20000: ${Date.now() - t0}ms ${JSON.stringify(r)}\n`);
    t0 = Date.now();
    r = await scanReminders(app.ctx);

    process.stdout.write(`${provider} rescan: ${Date.now() - t0}ms ${JSON.stringify(r)}\n`);
    process.stdout.write(`${provider} audit ${JSON.stringify(await verifyAuditChain(app.ctx.db.prisma))}\n`);
    await app.close();
    await db.drop();
  }
});
