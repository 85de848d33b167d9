// Test data for mail and reminder tests, written directly with Prisma (the
// portal and console APIs are built elsewhere). Each call makes unique rows.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Deadline } from '@oikeus/domain';
import type { AppContext } from '../../src/context';
import { Prisma } from '../../src/generated/sqlite/client';
import { computeRequestDeadline } from '../../src/features/request-core/request-deadline';

type Ctx = Pick<AppContext, 'db' | 'env' | 'clock'>;
type RequestType =
  'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability';
type RequestStatus =
  'received' | 'identity_pending' | 'in_progress' | 'completed' | 'refused' | 'withdrawn';

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

export async function createStaffUser(
  ctx: Ctx,
  overrides: Partial<{
    email: string;
    name: string;
    role: 'handler' | 'admin' | 'auditor';
    isActive: boolean;
    locale: 'fi' | 'sv' | 'en';
  }> = {},
) {
  return ctx.db.prisma.staffUser.create({
    data: {
      email: overrides.email ?? uniqueEmail(overrides.role ?? 'handler'),
      name: overrides.name ?? `Staff ${randomBytes(2).toString('hex')}`,
      role: overrides.role ?? 'handler',
      // Never used to sign in here; the staff API has its own tests.
      passwordHash: 'not-a-password-hash',
      isActive: overrides.isActive ?? true,
      locale: overrides.locale ?? 'fi',
    },
  });
}

export async function createAccount(
  ctx: Ctx,
  overrides: Partial<{ email: string; name: string; locale: string }> = {},
) {
  return ctx.db.prisma.account.create({
    data: {
      email: overrides.email ?? uniqueEmail('subject'),
      name: overrides.name ?? 'Testi Henkilö',
      locale: overrides.locale ?? 'fi',
      emailVerifiedAt: ctx.clock.now(),
    },
  });
}

export interface RequestOverrides {
  accountId?: string;
  receivedAt?: Date;
  status?: RequestStatus;
  type?: RequestType;
  assigneeId?: string | null;
  isExtended?: boolean;
  reference?: string;
}

function requestRow(ctx: Ctx, accountId: string, o: RequestOverrides, known?: Deadline) {
  const receivedAt = o.receivedAt ?? ctx.clock.now();
  const isExtended = o.isExtended ?? false;
  const deadline =
    known ?? computeRequestDeadline(ctx, { receivedAt, isExtended, suspensions: [] });
  return {
    id: randomUUID(),
    reference: o.reference ?? `OIK-T-${randomBytes(5).toString('hex').toUpperCase()}`,
    accountId,
    type: o.type ?? 'access',
    status: o.status ?? 'in_progress',
    targetsCustomerRegister: true,
    targetsMarketingRegister: false,
    details: '{}',
    locale: 'fi',
    receivedAt,
    dueDate: deadline.effectiveDueDate,
    targetDate: deadline.targetDate,
    isExtended,
    assigneeId: o.assigneeId ?? null,
    createdAt: receivedAt,
  } as const;
}

export async function createRightsRequest(ctx: Ctx, overrides: RequestOverrides = {}) {
  const accountId = overrides.accountId ?? (await createAccount(ctx)).id;
  return ctx.db.prisma.rightsRequest.create({ data: requestRow(ctx, accountId, overrides) });
}

/** Many requests for one account in few statements (createMany in chunks). */
export async function createRightsRequests(
  ctx: Ctx,
  count: number,
  overrides: RequestOverrides = {},
): Promise<string[]> {
  const accountId = overrides.accountId ?? (await createAccount(ctx)).id;
  const receivedAt = overrides.receivedAt ?? ctx.clock.now();
  // Same receipt for all, so one deadline serves every row.
  const deadline = computeRequestDeadline(ctx, {
    receivedAt,
    isExtended: overrides.isExtended ?? false,
    suspensions: [],
  });
  const rows = Array.from({ length: count }, () =>
    requestRow(ctx, accountId, { ...overrides, receivedAt, reference: undefined }, deadline),
  );
  // Plain SQL: Prisma's createMany spends about a millisecond per row, and scale tests make 20 000.
  const isPostgres = ctx.db.provider === 'postgresql';
  const enumValue = (value: string, type: string) =>
    isPostgres ? Prisma.sql`CAST(${value} AS "${Prisma.raw(type)}")` : Prisma.sql`${value}`;
  const bool = (value: boolean) =>
    isPostgres ? Prisma.sql`${value}` : Prisma.sql`${value ? 1 : 0}`;
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows
      .slice(i, i + 1000)
      .map(
        (r) =>
          Prisma.sql`(${r.id}, ${r.reference}, ${r.accountId}, ${enumValue(r.type, 'RequestType')}, ${enumValue(r.status, 'RequestStatus')}, ${bool(r.targetsCustomerRegister)}, ${bool(r.targetsMarketingRegister)}, ${r.details}, ${r.locale}, ${r.receivedAt}, ${r.dueDate}, ${r.targetDate}, ${bool(r.isExtended)}, ${r.assigneeId}, ${r.createdAt}, ${r.createdAt})`,
      );
    await ctx.db.prisma.$executeRaw(
      Prisma.sql`INSERT INTO "RightsRequest" ("id", "reference", "accountId", "type", "status", "targetsCustomerRegister", "targetsMarketingRegister", "details", "locale", "receivedAt", "dueDate", "targetDate", "isExtended", "assigneeId", "createdAt", "updatedAt") VALUES ${Prisma.join(values)}`,
    );
  }
  return rows.map((r) => r.id);
}
