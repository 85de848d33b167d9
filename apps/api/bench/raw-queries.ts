// Hand-written SQL doing what each measured use case asks of the database,
// for the raw-driver baseline. Same filters, order, limits and reads; none of
// the application's work (deadline maths, scoring, JSON shaping, HTTP).
import { nameTokens, normaliseEmail } from '../src/registers/score-register-match';
import { inValues, placeholders, type RawDb, type Row } from './raw-db';

export const OPEN_STATUSES = ['received', 'identity_pending', 'in_progress'] as const;
const QUEUE_PAGE = 50;
const CANDIDATES = 300;

export interface QueueFilter {
  statuses: readonly string[];
  types?: readonly string[];
  assigneeId?: string;
  q?: string;
}

/** GET /api/console/requests: one page in deadline order, the total, and open pauses on the page. */
export async function rawQueuePage(db: RawDb, filter: QueueFilter): Promise<Row[]> {
  const where = [`r."status" IN (${placeholders(filter.statuses.length)})`];
  const params: unknown[] = [...filter.statuses];
  if (filter.types?.length) {
    where.push(`r."type" IN (${placeholders(filter.types.length)})`);
    params.push(...filter.types);
  }
  if (filter.assigneeId) {
    where.push(`r."assigneeId" = ?`);
    params.push(filter.assigneeId);
  }
  if (filter.q) {
    where.push(`(r."reference" {LIKE_CI} ? OR a."email" {LIKE_CI} ? OR a."name" {LIKE_CI} ?)`);
    params.push(`%${filter.q.toUpperCase()}%`, `%${filter.q.toLowerCase()}%`, `%${filter.q}%`);
  }
  const whereSql = where.join(' AND ');
  // The page is cut first and only its 51 rows are joined, as a hand-tuned query would.
  const pageSql = filter.q
    ? `SELECT r.* FROM "RightsRequest" r JOIN "Account" a ON a."id" = r."accountId" WHERE ${whereSql}`
    : `SELECT r.* FROM "RightsRequest" r WHERE ${whereSql}`;
  const [rows] = await Promise.all([
    db.query(
      `SELECT p."id", p."reference", p."type", p."status", p."targetsCustomerRegister", p."targetsMarketingRegister",
              p."receivedAt", p."dueDate", p."targetDate", p."isExtended", p."version",
              a."name" AS "accountName", a."email" AS "accountEmail",
              s."id" AS "assigneeId", s."name" AS "assigneeName", s."email" AS "assigneeEmail"
         FROM (${pageSql} ORDER BY r."dueDate", r."receivedAt", r."id" LIMIT ${QUEUE_PAGE + 1}) p
         JOIN "Account" a ON a."id" = p."accountId"
         LEFT JOIN "StaffUser" s ON s."id" = p."assigneeId"
        ORDER BY p."dueDate", p."receivedAt", p."id"`,
      params,
    ),
    db.query(
      `SELECT COUNT(*) AS "total" FROM "RightsRequest" r
         ${filter.q ? 'JOIN "Account" a ON a."id" = r."accountId"' : ''}
        WHERE ${whereSql}`,
      params,
    ),
  ]);
  const paused = rows.filter((r) => r.status === 'identity_pending').map((r) => r.id);
  if (paused.length > 0) {
    await db.query(
      `SELECT "requestId", "startedAt", "endedAt" FROM "RequestSuspension" WHERE "requestId" IN (${placeholders(paused.length)})`,
      paused,
    );
  }
  return rows;
}

export interface SearchQuery {
  email?: string;
  phone?: string;
  name?: string;
}

/** GET /api/console/register-search: candidates in both registers, restrictions and confirmed links. */
export async function rawRegisterSearch(
  db: RawDb,
  query: SearchQuery,
  requestId?: string,
): Promise<Row[]> {
  const or: string[] = [];
  const params: unknown[] = [];
  if (query.email) {
    or.push(`"email" = ?`);
    params.push(normaliseEmail(query.email));
  }
  if (query.phone) {
    const digits = query.phone.replace(/[^0-9]/g, '');
    if (digits.length >= 4) {
      or.push(`"phone" LIKE ?`);
      params.push(`%${digits.slice(-4)}%`);
    }
  }
  if (query.name) {
    const tokens = nameTokens(query.name).filter((t) => t.length >= 2);
    if (tokens.length > 0) {
      const last = tokens.map(() => `"lastName" {LIKE_CI} ?`).join(' OR ');
      const first = tokens.map(() => `"firstName" {LIKE_CI} ?`).join(' OR ');
      or.push(`((${last}) AND (${first}))`);
      params.push(...tokens.map((t) => `${t}%`), ...tokens.map((t) => `${t}%`));
    }
  }
  if (or.length === 0) return [];
  const whereSql = or.join(' OR ');
  const [customers, contacts] = await Promise.all([
    db.query(
      `SELECT c.*,
              (SELECT COUNT(*) FROM "ServiceOrder" o WHERE o."customerId" = c."id") AS "orderCount",
              (SELECT COUNT(*) FROM "Invoice" i WHERE i."customerId" = c."id") AS "invoiceCount"
         FROM "Customer" c WHERE ${whereSql} LIMIT ${CANDIDATES}`,
      params,
    ),
    db.query(`SELECT * FROM "MarketingContact" WHERE ${whereSql} LIMIT ${CANDIDATES}`, params),
  ]);
  const restricted = (type: string, ids: unknown[]) =>
    db.query(
      `SELECT "recordId" FROM "Restriction" WHERE "recordType" = ? AND "recordId" IN (${placeholders(ids.length)}) AND "liftedAt" IS NULL`,
      [type, ...inValues(ids)],
    );
  await Promise.all([
    restricted(
      'customer',
      customers.map((c) => c.id),
    ),
    restricted(
      'marketing_contact',
      contacts.map((c) => c.id),
    ),
    requestId
      ? db.query(`SELECT "recordId" FROM "RequestRecordLink" WHERE "requestId" = ?`, [requestId])
      : Promise.resolve([]),
  ]);
  return [...customers, ...contacts];
}

/** GET /api/console/requests/:id: the request with its timeline, messages, links, and the candidate search. */
export async function rawRequestDetail(db: RawDb, requestId: string): Promise<Row | null> {
  const [request] = await db.query(`SELECT * FROM "RightsRequest" WHERE "id" = ?`, [requestId]);
  if (!request) return null;
  const byRequest = (table: string, order: string) =>
    db.query(`SELECT * FROM "${table}" WHERE "requestId" = ? ORDER BY ${order}`, [requestId]);
  const [[account], , events, messages, links, notices] = await Promise.all([
    db.query(
      `SELECT "id", "name", "email", "phone", "emailVerifiedAt" FROM "Account" WHERE "id" = ?`,
      [request.accountId],
    ),
    byRequest('RequestSuspension', '"startedAt"'),
    byRequest('RequestEvent', '"createdAt", "id"'),
    byRequest('RequestMessage', '"createdAt", "id"'),
    byRequest('RequestRecordLink', '"confirmedAt"'),
    byRequest('RecipientNotice', '"notifiedAt"'),
  ]);
  if (!account) return null;
  const messageIds = messages.map((m) => m.id);
  const linkIds = links.map((l) => l.recordId);
  await Promise.all([
    messageIds.length > 0
      ? db.query(
          `SELECT "id", "messageId", "fileName", "contentType", "size", "createdAt" FROM "Attachment" WHERE "messageId" IN (${placeholders(messageIds.length)})`,
          messageIds,
        )
      : Promise.resolve([]),
    db.query(
      `SELECT "id", "firstName", "lastName", "company", "anonymizedAt" FROM "Customer" WHERE "id" IN (${placeholders(linkIds.length)})`,
      inValues(linkIds),
    ),
    db.query(
      `SELECT "id", "firstName", "lastName", "company" FROM "MarketingContact" WHERE "id" IN (${placeholders(linkIds.length)})`,
      inValues(linkIds),
    ),
    db.query(
      `SELECT * FROM "Restriction" WHERE "requestId" = ? OR "recordId" IN (${placeholders(linkIds.length)}) ORDER BY "setAt"`,
      [requestId, ...inValues(linkIds)],
    ),
    db.query(
      `SELECT "consumedAt" FROM "LoginChallenge" WHERE "email" = ? AND "consumedAt" IS NOT NULL ORDER BY "consumedAt" DESC LIMIT 1`,
      [account.email],
    ),
  ]);
  const staffIds = [
    ...new Set(
      [
        request.assigneeId,
        request.identityVerifiedById,
        ...events.filter((e) => e.actorType === 'staff').map((e) => e.actorId),
        ...messages.map((m) => m.authorStaffId),
        ...links.map((l) => l.confirmedById),
        ...notices.map((n) => n.staffId),
      ].filter((id): id is string => typeof id === 'string'),
    ),
  ];
  if (staffIds.length > 0) {
    await db.query(
      `SELECT "id", "name", "email" FROM "StaffUser" WHERE "id" IN (${placeholders(staffIds.length)})`,
      staffIds,
    );
  }
  await rawRegisterSearch(
    db,
    {
      email: String(account.email),
      ...(typeof account.phone === 'string' ? { phone: account.phone } : {}),
      name: String(account.name),
    },
    requestId,
  );
  return request;
}

/** What one reminder scan must read: every open request with its pauses. */
export function rawOpenRequestsWithPauses(db: RawDb): Promise<Row[]> {
  return db.query(
    `SELECT r."id", r."reference", r."type", r."version", r."receivedAt", r."isExtended", r."assigneeId",
            s."startedAt", s."endedAt"
       FROM "RightsRequest" r
       LEFT JOIN "RequestSuspension" s ON s."requestId" = r."id"
      WHERE r."status" IN (${placeholders(OPEN_STATUSES.length)})
      ORDER BY r."id"`,
    [...OPEN_STATUSES],
  );
}
