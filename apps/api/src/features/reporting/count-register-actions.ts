import { registerIds, type AuditAction, type Report } from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import type { ResolvedPeriod } from './resolve-report-period';
import { requestScopeSql, toCount, type ReportScope } from './report-scope';

type ActionFigure = 'rectified' | 'erased' | 'restricted' | 'marketingProhibited';

/** The audit actions that record one register record changed for a request (one entry per record). */
const figureOf = {
  'register.rectified': 'rectified',
  'register.erased': 'erased',
  // Erasure that had to keep an accounting voucher anonymises the customer (Art. 17(3)(b)).
  'register.anonymised': 'erased',
  'register.restricted': 'restricted',
  'marketing.prohibited': 'marketingProhibited',
} as const satisfies Partial<Record<AuditAction, ActionFigure>>;

const exportActions = ['export.released', 'export.downloaded'] as const satisfies AuditAction[];

/** Which register a record type belongs to (the notice's registers a and b). */
function registerOf(recordType: string | null): RegisterId {
  return recordType === 'marketing_contact' ? 'marketing' : 'customer';
}

/**
 * Actions carried out per register, and access and portability packages
 * released and downloaded, in the period — counted from the audit trail,
 * which has one entry per record changed (Art. 5(2)). One grouped query.
 */
export async function countRegisterActions(
  prisma: Db,
  period: ResolvedPeriod,
  scope: ReportScope,
): Promise<Pick<Report, 'registerActions' | 'exports'>> {
  const actions = [...Object.keys(figureOf), ...exportActions];
  const rows = await prisma.$queryRaw<
    Array<{ action: string; recordType: string | null; n: unknown }>
  >(
    Prisma.sql`SELECT a."action", a."recordType", COUNT(*) AS "n"
      FROM "AuditEntry" a JOIN "RightsRequest" r ON r."id" = a."requestId"
      WHERE a."action" IN (${Prisma.join(actions)})
        AND a."at" >= ${period.start} AND a."at" < ${period.end}
        AND ${requestScopeSql(scope)}
      GROUP BY a."action", a."recordType"`,
  );
  const registerActions = registerIds.map((register) => ({
    register,
    rectified: 0,
    erased: 0,
    restricted: 0,
    marketingProhibited: 0,
  }));
  const exports = { released: 0, downloaded: 0 };
  for (const row of rows) {
    const n = toCount(row.n);
    if (row.action === 'export.released') exports.released += n;
    else if (row.action === 'export.downloaded') exports.downloaded += n;
    else {
      const figure = figureOf[row.action as keyof typeof figureOf] as ActionFigure | undefined;
      const entry = registerActions.find((r) => r.register === registerOf(row.recordType));
      if (figure && entry) entry[figure] += n;
    }
  }
  return { registerActions, exports };
}
