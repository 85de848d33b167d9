import type { StaffRef } from '@oikeus/contracts';
import type { Db } from '../../db/client';

/** Names for staff ids shown in timelines, notes and audit rows. */
export async function loadStaffRefs(
  prisma: Db,
  ids: Array<string | null | undefined>,
): Promise<Map<string, StaffRef>> {
  const unique = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  const rows = await prisma.staffUser.findMany({
    where: { id: { in: unique } },
    select: { id: true, name: true, email: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}
