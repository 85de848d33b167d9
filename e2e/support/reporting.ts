// Requests with known figures for the reporting journey, written straight into
// the journey database: the figures need answers spread over weeks, which the
// portal and console could only make by moving the clock through each of them.
// The rows look as the API writes them (dates as Prisma's SQLite adapter
// stores them; deadlines from the domain's rules, worked out by hand below).
import { randomUUID } from 'node:crypto';
import { Database, E2E_DB } from './staff';

/** Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit +00:00 offset. */
const stored = (iso: string) => new Date(iso).toISOString().replace('Z', '+00:00');

export interface SeededRequest {
  reference: string;
}

/**
 * Three requests assigned to `handlerId`, none of them anyone else's:
 * - access, received Tuesday 3 March 2026, answered 10 March (due 7 April:
 *   3 April is Good Friday, so the month's end moves past Easter) — on time;
 * - erasure, received the same day, answered 14 April — late;
 * - rectification, received 1 April 2026, still in progress (due 4 May:
 *   1 May is May Day).
 */
export function seedReportingRequests(handlerId: string): SeededRequest[] {
  const db = new Database(E2E_DB);
  try {
    const tag = randomUUID().slice(0, 8);
    const accountId = randomUUID();
    const created = stored('2026-03-01T08:00:00Z');
    db.prepare(
      `INSERT INTO "Account" ("id", "email", "name", "locale", "emailVerifiedAt", "sessionsValidFrom", "createdAt", "updatedAt")
       VALUES (?, ?, ?, 'fi', ?, ?, ?, ?)`,
    ).run(
      accountId,
      `raportti.${tag}@example.fi`,
      `Raportti Henkilö ${tag}`,
      created,
      created,
      created,
      created,
    );
    const rows = [
      {
        type: 'access',
        status: 'completed',
        receivedAt: '2026-03-03T07:00:00Z',
        dueDate: '2026-04-07',
        closedAt: '2026-03-10T12:00:00Z',
      },
      {
        type: 'erasure',
        status: 'completed',
        receivedAt: '2026-03-03T07:00:00Z',
        dueDate: '2026-04-07',
        closedAt: '2026-04-14T12:00:00Z',
      },
      {
        type: 'rectification',
        status: 'in_progress',
        receivedAt: '2026-04-01T07:00:00Z',
        dueDate: '2026-05-04',
        closedAt: null,
      },
    ];
    const insert = db.prepare(
      `INSERT INTO "RightsRequest" ("id", "reference", "accountId", "type", "status",
         "targetsCustomerRegister", "targetsMarketingRegister", "details", "locale", "receivedAt",
         "dueDate", "targetDate", "isExtended", "assigneeId", "closedAt", "version", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, 1, 0, ?, 'fi', ?, ?, ?, 0, ?, ?, 1, ?, ?)`,
    );
    return rows.map((row, index) => {
      const reference = `OIK-R-${tag.toUpperCase()}-${index + 1}`;
      insert.run(
        randomUUID(),
        reference,
        accountId,
        row.type,
        row.status,
        JSON.stringify({ type: row.type, registers: ['customer'] }),
        stored(row.receivedAt),
        row.dueDate,
        row.dueDate,
        handlerId,
        row.closedAt ? stored(row.closedAt) : null,
        stored(row.receivedAt),
        stored(row.closedAt ?? row.receivedAt),
      );
      return { reference };
    });
  } finally {
    db.close();
  }
}
