import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { QueueResponse } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeRequestDeadline } from '../../src/features/request-core/request-deadline';
import { createAccount, createRightsRequest, uniqueTag } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('request queue on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const queue = (query: string) =>
    callConsole<QueueResponse>(app, 'GET', `/api/console/requests?${query}`, {
      cookie: handler.cookie,
    });

  it('when requests have different deadlines, the queue lists the nearest legal deadline first with overdue and at-risk marks', async () => {
    const tag = uniqueTag();
    const account = await createAccount(app, { name: `Jonotesti ${tag}` });
    const overdue = await createRightsRequest(app, {
      accountId: account.id,
      receivedAt: new Date('2026-01-12T10:00:00Z'),
    });
    const atRisk = await createRightsRequest(app, {
      accountId: account.id,
      receivedAt: new Date('2026-02-05T10:00:00Z'),
    });
    const fresh = await createRightsRequest(app, {
      accountId: account.id,
      receivedAt: new Date('2026-03-01T10:00:00Z'),
    });
    const res = await queue(`q=${encodeURIComponent(`Jonotesti ${tag}`)}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.id)).toEqual([overdue.id, atRisk.id, fresh.id]);
    const [first, second, third] = res.body.items;
    // Received 12 Jan → due 12 Feb: overdue on 2 March.
    expect(first).toMatchObject({ dueDate: '2026-02-12', isOverdue: true, isAtRisk: true });
    expect(first?.daysLeft).toBeLessThan(0);
    // Received 5 Feb → due 5 March; the 7-day target has passed.
    expect(second).toMatchObject({
      dueDate: '2026-03-05',
      isOverdue: false,
      isAtRisk: true,
      daysLeft: 3,
    });
    expect(third).toMatchObject({
      isOverdue: false,
      isAtRisk: false,
      registers: ['customer', 'marketing'],
    });
    expect(third?.reference).toBe(fresh.reference);
  });

  it('when filtered by status, type, assignee and register, only matching requests come back', async () => {
    const tag = uniqueTag();
    const account = await createAccount(app, { name: `Suodatin ${tag}` });
    const mine = await createRightsRequest(app, {
      accountId: account.id,
      type: 'erasure',
      status: 'in_progress',
      assigneeId: handler.id,
      registers: ['marketing'],
    });
    const unassigned = await createRightsRequest(app, {
      accountId: account.id,
      type: 'access',
      registers: ['customer'],
    });
    const closed = await createRightsRequest(app, {
      accountId: account.id,
      type: 'access',
      status: 'completed',
    });
    const q = `q=${encodeURIComponent(`Suodatin ${tag}`)}`;

    expect((await queue(q)).body.items.map((i) => i.id).sort()).toEqual(
      [mine.id, unassigned.id].sort(),
    );
    expect((await queue(`${q}&status=completed`)).body.items.map((i) => i.id)).toEqual([closed.id]);
    expect((await queue(`${q}&status=completed&status=received`)).body.total).toBe(2);
    expect((await queue(`${q}&type=erasure`)).body.items.map((i) => i.id)).toEqual([mine.id]);
    expect((await queue(`${q}&assignee=me`)).body.items.map((i) => i.id)).toEqual([mine.id]);
    expect((await queue(`${q}&assignee=none`)).body.items.map((i) => i.id)).toEqual([
      unassigned.id,
    ]);
    expect((await queue(`${q}&register=customer`)).body.items.map((i) => i.id)).toEqual([
      unassigned.id,
    ]);
    const item = (await queue(`${q}&assignee=me`)).body.items[0];
    expect(item?.assignee).toEqual({ id: handler.id, name: handler.name, email: handler.email });
  });

  it('when searching by reference or email, the request is found', async () => {
    const request = await createRightsRequest(app);
    const byReference = await queue(`q=${request.reference.toLowerCase()}`);
    expect(byReference.body.items.map((i) => i.id)).toEqual([request.id]);
    const byEmail = await queue(`q=${encodeURIComponent(request.account.email.toUpperCase())}`);
    expect(byEmail.body.items.map((i) => i.id)).toEqual([request.id]);
  });

  it('when a filter value is not allowed, the answer is a 400', async () => {
    expect((await queue('status=lost')).status).toBe(400);
    expect((await queue('cursor=not-a-cursor')).status).toBe(400);
  });

  it('when there are 20 000 requests, pages of 50 come back fast and the cursor walks them in deadline order without gaps', async () => {
    const tag = uniqueTag();
    const prisma = app.ctx.db.prisma;
    const accounts = Array.from({ length: 200 }, (_, i) => ({
      id: randomUUID(),
      email: `bulk.${tag}.${i}@example.fi`,
      name: `Massa ${tag} ${i}`,
      locale: 'fi',
      emailVerifiedAt: NOW,
    }));
    await prisma.account.createMany({ data: accounts });
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const receivedAt = new Date(NOW.getTime() - (i % 60) * 86_400_000 - i * 1000);
      const deadline = computeRequestDeadline(app.ctx, {
        receivedAt,
        isExtended: false,
        suspensions: [],
      });
      return {
        id: randomUUID(),
        reference: `OIK-B-${tag}-${i}`,
        accountId: accounts[i % accounts.length]?.id ?? '',
        type: (['access', 'erasure', 'rectification'] as const)[i % 3] ?? 'access',
        status: (['received', 'in_progress', 'completed'] as const)[i % 3] ?? 'received',
        targetsCustomerRegister: true,
        targetsMarketingRegister: i % 2 === 0,
        details: '{"type":"access","registers":["customer"]}',
        locale: 'fi',
        receivedAt,
        dueDate: deadline.effectiveDueDate,
        targetDate: deadline.targetDate,
        createdAt: receivedAt,
      };
    });
    for (let i = 0; i < rows.length; i += 2000)
      await prisma.rightsRequest.createMany({ data: rows.slice(i, i + 2000) });
    // The inserts kept the event loop busy for seconds; let overdue keep-alive
    // timers close idle sockets now instead of racing the next request.
    await sleep(100);

    // The unfiltered queue (open requests of every test in this database).
    // Its speed is measured by `pnpm bench` (measure-queue.ts), never asserted here.
    const first = await queue('');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(50);
    expect(first.body.total).toBeGreaterThanOrEqual(13_334);

    // Walk one customer's requests with the cursor: 100 requests, 2 full pages.
    const q = `q=${encodeURIComponent(`Massa ${tag} 7`)}`; // accounts 7, 70–79: 11 accounts × 100 requests, open ones only
    const seen: string[] = [];
    let cursor: string | null = null;
    let previous = '';
    do {
      const page: { body: QueueResponse } = await queue(`${q}${cursor ? `&cursor=${cursor}` : ''}`);
      for (const item of page.body.items) {
        const key = `${item.dueDate}|${item.receivedAt}|${item.id}`;
        expect(key >= previous).toBe(true);
        previous = key;
        seen.push(item.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    const expected = rows.filter(
      (r) =>
        r.status !== 'completed' &&
        /^.* 7\d?$/.test(accounts.find((a) => a.id === r.accountId)?.name ?? ''),
    );
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((r) => r.id)));

    // Offset paging reaches the same third page as the cursor.
    const byOffset = await queue(`${q}&offset=100`);
    expect(byOffset.body.items.map((i) => i.id)).toEqual(seen.slice(100, 150));
  }, 120_000);
});
