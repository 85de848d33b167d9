import type { ExportRecordRow } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { isoInstant, localDate } from './export-values';
import type { ExportScope } from './load-export-scope';
import { mapPages, pageByCursor, type RecordPages } from './page-by-cursor';

export async function* readMarketingContacts(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'marketingContacts'> {
  const tz = scope.timeZone;
  yield* mapPages(
    pageByCursor((args) =>
      prisma.marketingContact.findMany({
        where: { id: { in: scope.contactIds } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        ...args,
      }),
    ),
    (c) => ({
      id: c.id,
      customerId: c.customerId,
      firstName: c.firstName,
      lastName: c.lastName,
      company: c.company,
      email: c.email,
      phone: c.phone,
      streetAddress: c.streetAddress,
      postalCode: c.postalCode,
      city: c.city,
      source: c.source,
      sourceDetail: c.sourceDetail,
      lastActivityOn: localDate(c.lastActivityOn, tz),
      createdAt: isoInstant(c.createdAt),
      updatedAt: isoInstant(c.updatedAt),
    }),
  );
}

export async function* readMarketingPermissions(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'marketingPermissions'> {
  yield* mapPages(
    pageByCursor((args) =>
      prisma.marketingPermission.findMany({
        where: {
          contactId: { in: scope.contactIds },
          // Art. 20: the consents the subject gives; prohibitions are kept to honour Art. 21.
          ...(scope.kind === 'portability' ? { decision: 'granted' as const } : {}),
        },
        orderBy: [{ contactId: 'asc' }, { channel: 'asc' }, { id: 'asc' }],
        ...args,
      }),
    ),
    (p) => ({
      id: p.id,
      contactId: p.contactId,
      channel: p.channel,
      decision: p.decision,
      decidedAt: isoInstant(p.decidedAt),
      method: p.method,
    }),
  );
}

export async function* readMarketingPermissionEvents(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'marketingPermissionEvents'> {
  for await (const page of pageByCursor((args) =>
    prisma.marketingPermissionEvent.findMany({
      where: { contactId: { in: scope.contactIds } },
      orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'marketingPermissionEvents'>[] = [];
    for (const e of page) {
      rows.push({
        id: e.id,
        contactId: e.contactId,
        channel: e.channel,
        decision: e.decision,
        decidedAt: isoInstant(e.decidedAt),
        method: e.method,
        note: await scope.masker.maskNullableText(e.note),
        requestId: e.requestId,
      });
    }
    yield rows;
  }
}
