import type { registerIds, SubjectRequestSummary } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { computeRequestDeadline } from '../request-core/request-deadline';

/** The columns of a RightsRequest (and its pauses) the subject's views need. */
export interface SubjectRequestRow {
  id: string;
  reference: string;
  type: SubjectRequestSummary['type'];
  status: SubjectRequestSummary['status'];
  targetsCustomerRegister: boolean;
  targetsMarketingRegister: boolean;
  receivedAt: Date;
  closedAt: Date | null;
  isExtended: boolean;
  extensionReason: string | null;
  version: number;
  suspensions: ReadonlyArray<{ startedAt: Date; endedAt: Date | null }>;
}

type RegisterId = (typeof registerIds)[number];

export const subjectRequestSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  targetsCustomerRegister: true,
  targetsMarketingRegister: true,
  receivedAt: true,
  closedAt: true,
  isExtended: true,
  extensionReason: true,
  version: true,
  suspensions: { select: { startedAt: true, endedAt: true } },
} as const;

export function registersOf(
  row: Pick<SubjectRequestRow, 'targetsCustomerRegister' | 'targetsMarketingRegister'>,
) {
  const registers: RegisterId[] = [];
  if (row.targetsCustomerRegister) registers.push('customer');
  if (row.targetsMarketingRegister) registers.push('marketing');
  return registers;
}

/**
 * A request as its subject sees it. The deadline is computed live (GDPR
 * Art. 12(3), Reg. 1182/71) because an open identity pause moves it every day;
 * the internal target date is the controller's business and is left out.
 */
export function toSubjectRequestSummary(
  ctx: AppContext,
  row: SubjectRequestRow,
): SubjectRequestSummary {
  const deadline = computeRequestDeadline(ctx, {
    receivedAt: row.receivedAt,
    isExtended: row.isExtended,
    suspensions: row.suspensions,
  });
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    status: row.status,
    registers: registersOf(row),
    receivedAt: row.receivedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    deadline: {
      receivedDate: deadline.receivedDate,
      dueDate: deadline.dueDate,
      extendedDueDate: row.isExtended ? deadline.extendedDueDate : null,
      extensionReason: row.isExtended ? row.extensionReason : null,
      effectiveDueDate: deadline.effectiveDueDate,
      isExtended: row.isExtended,
      isSuspended: deadline.isSuspended,
      pausedDays: deadline.pausedDays,
    },
    version: row.version,
  };
}
