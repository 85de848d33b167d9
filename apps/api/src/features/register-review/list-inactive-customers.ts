import type { InactiveCustomers } from '@oikeus/contracts';
import {
  addLocalMonths,
  asLocalDate,
  maxLocalDate,
  toLocalDate,
  type LocalDate,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import { loadInactiveCustomerMonths } from '../../config/inactive-customer-months';

/** Longest list the review page shows; the total stays exact. */
const MAX_LISTED = 200;

/** Register dates are stored at UTC midnight of the day they name. */
const dayOf = (date: Date): LocalDate => asLocalDate(date.toISOString().slice(0, 10));

/**
 * Customers with no recorded end of relationship and no activity — no service
 * running, started or ended, no invoice — for the set months (24 by default).
 * Their five years (the notice: "viimeistään viiden vuoden kuluttua
 * asiakkuuden päättymisestä") never start while the end date is missing, so
 * the register review lists them for the contact person to record the end
 * (GDPR Art. 5(1)(c), 5(1)(e)).
 */
export async function listInactiveCustomers(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'logger'>,
  options: { today?: string } = {},
): Promise<InactiveCustomers> {
  const months = await loadInactiveCustomerMonths(ctx);
  const today =
    options.today === undefined
      ? toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE)
      : asLocalDate(options.today);
  const inactiveSince = addLocalMonths(today, -months);
  const cutoff = new Date(`${inactiveSince}T00:00:00Z`);
  const where = {
    relationshipEndedOn: null,
    anonymizedAt: null,
    relationshipStartedOn: { lt: cutoff },
    orders: {
      none: {
        OR: [
          // Still running: no end date and not marked ended, or ending after the cutoff.
          { endsOn: null, status: { not: 'ended' } },
          { endsOn: { gte: cutoff } },
          { startsOn: { gte: cutoff } },
          { orderedAt: { gte: cutoff } },
        ],
      },
    },
    invoices: { none: { issuedOn: { gte: cutoff } } },
  };
  const [total, rows] = await Promise.all([
    ctx.db.prisma.customer.count({ where }),
    ctx.db.prisma.customer.findMany({
      where,
      orderBy: [{ relationshipStartedOn: 'asc' }, { id: 'asc' }],
      take: MAX_LISTED,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        company: true,
        relationshipStartedOn: true,
        orders: { select: { orderedAt: true, startsOn: true, endsOn: true } },
        invoices: { select: { issuedOn: true } },
      },
    }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    name: `${row.firstName} ${row.lastName}`,
    company: row.company,
    lastActivityOn: maxLocalDate(
      dayOf(row.relationshipStartedOn),
      ...row.orders.flatMap((o) =>
        [o.orderedAt, o.startsOn, ...(o.endsOn ? [o.endsOn] : [])].map(dayOf),
      ),
      ...row.invoices.map((i) => dayOf(i.issuedOn)),
    ),
  }));
  items.sort((a, b) =>
    a.lastActivityOn < b.lastActivityOn ? -1 : a.lastActivityOn > b.lastActivityOn ? 1 : 0,
  );
  return { months, inactiveSince, total, items };
}
