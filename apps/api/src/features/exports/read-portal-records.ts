import type { ExportRecordRow } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { isoInstant, isoInstantOrNull } from './export-values';
import type { ExportScope } from './load-export-scope';
import { pageByCursor, type RecordPages } from './page-by-cursor';
import type { ThirdPartyMasker } from './third-party-masker';
import { safeAttachmentName } from '../request-core/attachment-name';

/**
 * The portal's own records about the subject: their account, their requests,
 * the steps they can see and the messages exchanged. Internal notes and
 * events hidden from the subject are never read (the queries filter them).
 */
export async function* readPortalAccounts(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'portalAccounts'> {
  const account = await prisma.account.findUnique({
    where: { id: scope.request.accountId },
    select: {
      id: true,
      email: true,
      name: true,
      phone: true,
      locale: true,
      emailVerifiedAt: true,
      createdAt: true,
    },
  });
  if (!account) return;
  yield [
    {
      ...account,
      emailVerifiedAt: isoInstantOrNull(account.emailVerifiedAt),
      createdAt: isoInstant(account.createdAt),
    },
  ];
}

export async function* readPortalRequests(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'portalRequests'> {
  for await (const page of pageByCursor((args) =>
    prisma.rightsRequest.findMany({
      where: { accountId: scope.request.accountId },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        reference: true,
        type: true,
        status: true,
        targetsCustomerRegister: true,
        targetsMarketingRegister: true,
        receivedAt: true,
        dueDate: true,
        isExtended: true,
        extensionReason: true,
        closedAt: true,
        refusalGround: true,
        refusalReason: true,
        responseLetter: true,
        identityVerifiedAt: true,
        identityNote: true,
        details: true,
      },
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'portalRequests'>[] = [];
    for (const r of page) {
      rows.push({
        ...r,
        receivedAt: isoInstant(r.receivedAt),
        closedAt: isoInstantOrNull(r.closedAt),
        // Written by the handler: masked like any other controller text (Art. 15(4)).
        extensionReason: await scope.masker.maskNullableText(r.extensionReason),
        refusalReason: await scope.masker.maskNullableText(r.refusalReason),
        responseLetter: await scope.masker.maskNullableText(r.responseLetter),
        // Art. 15(1): the record that the requester's identity was checked, and how.
        identityVerifiedAt: isoInstantOrNull(r.identityVerifiedAt),
        identityNote: await scope.masker.maskNullableText(r.identityNote),
        // What the subject submitted is their own text and is returned as it is.
        details: r.details,
      });
    }
    yield rows;
  }
}

export async function* readPortalRequestEvents(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'portalRequestEvents'> {
  for await (const page of pageByCursor((args) =>
    prisma.requestEvent.findMany({
      where: { request: { accountId: scope.request.accountId }, isVisibleToSubject: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      // No actorId: staff are shown by role only (Art. 15(4)).
      select: {
        id: true,
        requestId: true,
        type: true,
        actorType: true,
        data: true,
        createdAt: true,
      },
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'portalRequestEvents'>[] = [];
    for (const e of page) {
      rows.push({
        id: e.id,
        requestId: e.requestId,
        type: e.type,
        actorType: toActorType(e.actorType),
        data: await sanitizeEventData(e.data, e.actorType === 'subject', scope.masker),
        createdAt: isoInstant(e.createdAt),
      });
    }
    yield rows;
  }
}

export async function* readPortalMessages(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'portalMessages'> {
  for await (const page of pageByCursor((args) =>
    prisma.requestMessage.findMany({
      where: { request: { accountId: scope.request.accountId }, isInternalNote: false },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        requestId: true,
        authorType: true,
        body: true,
        isIdentityAnswer: true,
        createdAt: true,
      },
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'portalMessages'>[] = [];
    for (const m of page) {
      const isSubject = m.authorType === 'subject';
      rows.push({
        id: m.id,
        requestId: m.requestId,
        authorType: isSubject ? 'subject' : 'staff',
        body: isSubject ? m.body : await scope.masker.maskText(m.body),
        isIdentityAnswer: m.isIdentityAnswer,
        createdAt: isoInstant(m.createdAt),
      });
    }
    yield rows;
  }
}

export async function* readPortalAttachments(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'portalAttachments'> {
  for await (const page of pageByCursor((args) =>
    prisma.attachment.findMany({
      where: portalAttachmentWhere(scope),
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        requestId: true,
        messageId: true,
        fileName: true,
        contentType: true,
        size: true,
        sha256: true,
        createdAt: true,
      },
      ...args,
    }),
  )) {
    yield page.map((a) => ({
      id: a.id,
      requestId: a.requestId,
      // The where clause only reads attachments of messages.
      messageId: a.messageId ?? '',
      fileName: safeAttachmentName(a.fileName, a.contentType),
      path: attachmentPath(a.id, a.fileName, a.contentType),
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      createdAt: isoInstant(a.createdAt),
    }));
  }
}

/**
 * Attachments of the subject's messages that are not internal notes and are
 * still held: a deleted file (identity verified, request closed) is no longer
 * data the controller has, so the copy does not pretend to contain it.
 */
export function portalAttachmentWhere(scope: ExportScope) {
  return {
    request: { accountId: scope.request.accountId },
    message: { is: { isInternalNote: false } },
    deletedAt: null,
  };
}

/**
 * Per request of the subject, how many of the files they sent are still held
 * and how many were deleted (identity verified, request closed), for the
 * report's section (d).
 */
export async function countPortalFiles(
  prisma: Db,
  scope: ExportScope,
): Promise<Map<string, { held: number; deleted: number }>> {
  const files = await prisma.attachment.findMany({
    where: {
      request: { accountId: scope.request.accountId },
      message: { is: { isInternalNote: false } },
    },
    select: { requestId: true, deletedAt: true },
  });
  const counts = new Map<string, { held: number; deleted: number }>();
  for (const file of files) {
    const count = counts.get(file.requestId) ?? { held: 0, deleted: 0 };
    if (file.deletedAt === null) count.held += 1;
    else count.deleted += 1;
    counts.set(file.requestId, count);
  }
  return counts;
}

/**
 * Where a file goes in the package; the id keeps names unique, the rest is an
 * ASCII version of the name whose extension comes from the detected type, so
 * a PDF uploaded as `x.html` never opens as a web page from the unzipped copy.
 */
export function attachmentPath(id: string, fileName: string, contentType: string): string {
  const safe = safeAttachmentName(fileName, contentType)
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(-80);
  return `attachments/${id}-${safe}`;
}

function toActorType(value: string): 'subject' | 'staff' | 'system' {
  return value === 'subject' || value === 'staff' ? value : 'system';
}

/** Keys that name or point at a staff member; dropped from event data (Art. 15(4)). */
const STAFF_KEY = /staff|assignee|actor|handler|author|confirmedby|setby|liftedby|byid/i;

/**
 * Event data as JSON text without staff identities; strings the subject did
 * not write are masked like other controller text.
 */
async function sanitizeEventData(
  data: string | null,
  isSubjectEvent: boolean,
  masker: ThirdPartyMasker,
): Promise<string | null> {
  if (data === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return isSubjectEvent ? data : masker.maskText(data);
  }
  const clean = async (value: unknown): Promise<unknown> => {
    if (typeof value === 'string') return isSubjectEvent ? value : masker.maskText(value);
    if (Array.isArray(value)) return Promise.all(value.map(clean));
    if (value !== null && typeof value === 'object') {
      const entries: [string, unknown][] = [];
      for (const [key, inner] of Object.entries(value)) {
        if (STAFF_KEY.test(key)) continue;
        entries.push([key, await clean(inner)]);
      }
      return Object.fromEntries(entries);
    }
    return value;
  };
  return JSON.stringify(await clean(parsed));
}
