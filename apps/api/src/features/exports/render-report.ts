import {
  PORTAL_SUBSECTION_ID,
  buildPrivacyNotice,
  describeLegalBasis,
  localize,
  portalDeletableOn,
  recipientRoleLabels,
  transferSafeguardLabels,
  type Locale,
  type PersonalFact,
  type PrivacyNoticeSectionId,
  type RegisterId,
  toLocalDate,
} from '@oikeus/domain';
import type { ExportRecordKey } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { csvFileName } from './write-csv';
import {
  countOf,
  countTexts,
  exportTexts,
  fieldTexts,
  fillText,
  reportTexts,
  valueTexts,
} from './export-texts';
import type { ExportScope } from './load-export-scope';
import { readExportRecords } from './read-export-records';
import { countPortalFiles } from './read-portal-records';
import {
  REPORT_CSS,
  createReportFormat,
  definitionList,
  h,
  noticeBlock,
  tableEnd,
  tableRow,
  tableStart,
} from './report-html';

type Text = Record<Locale, string>;
type Art15Letter = keyof typeof reportTexts.art15;

/** What the report says about the package's files; counts come from data.json, written before it. */
export interface ReportFiles {
  csvKeys: readonly ExportRecordKey[];
  hasAttachments: boolean;
  counts: Readonly<Record<ExportRecordKey, number>>;
}

/**
 * report.html: the human-readable answer, in the subject's language. For an
 * access package it carries every item of GDPR Art. 15(1)(a)–(h) and the
 * transfer safeguards of 15(2), from the register description, with the
 * retention rules applied to this person's records as concrete dates and the
 * source of each record. It is written as it is read, so a long invoice
 * history streams through like the JSON and CSV files.
 */
export async function* renderReport(
  prisma: Db,
  scope: ExportScope,
  files: ReportFiles,
): AsyncGenerator<string> {
  const locale = scope.locale;
  const t = (text: Text) => text[locale];
  const f = createReportFormat(locale, scope.timeZone);
  const label = (key: keyof typeof fieldTexts) => t(fieldTexts[key]);
  const value = <G extends keyof typeof valueTexts>(group: G, code: string): string => {
    const texts = valueTexts[group] as Record<string, Text>;
    const text = texts[code];
    return text ? t(text) : code;
  };
  const sourceLabels = new Map<string, string>([['portal', t(reportTexts.portalSource)]]);
  for (const register of scope.description.registers) {
    for (const source of register.sources)
      sourceLabels.set(source.id, localize(source.label, locale));
  }
  const sourceOf = (code: string) => sourceLabels.get(code) ?? code;
  // What this person's records show, so (a)–(c) list only what applies to them (EDPB 01/2022 §§ 110–120).
  const facts = new Set<PersonalFact>();
  // Art. 14(2)(f), 15(1)(g): the named public source or company of each record.
  const sourceDetails: string[] = [];
  const sourceCounts = new Map<string, number>();
  const countSource = (code: string) => sourceCounts.set(code, (sourceCounts.get(code) ?? 0) + 1);
  const isAccess = scope.kind === 'access';
  const title = t(reportTexts.title[scope.kind]);
  const subtitle = fillText(t(reportTexts.subtitle), { reference: scope.request.reference });
  const rows = <K extends ExportRecordKey>(key: K) => readExportRecords(prisma, scope, key);

  const counts = {
    customers: scope.customerIds.length,
    contacts: scope.contactIds.length,
    invoiceLines: files.counts.invoiceLines,
  };
  // Art. 20(1): confirmed records a portability file leaves out. The person has data
  // there, so the report says it is outside the right and why — never "nothing found".
  const outOfScope = scope.outOfScope;
  const outOfScopeNote = (included: number, excluded: number, why: Text): string =>
    `<p class="note">${h(
      [
        fillText(t(included > 0 ? reportTexts.outOfScopeMore : reportTexts.outOfScope), {
          records: countOf(excluded, countTexts.records, locale),
        }),
        t(reportTexts.outOfScopeWhy),
        t(why),
        t(reportTexts.outOfScopeAccess),
      ].join(' '),
    )}</p>\n`;
  const registers = reportedRegisters(scope);
  const registerLabel = (id: RegisterId) => {
    const register = scope.description.registers.find((r) => r.id === id);
    return register ? localize(register.name, locale) : id;
  };
  const toc: Array<[id: string, text: string]> = [
    ['files', t(reportTexts.files)],
    ...(isAccess ? [['confirmation', t(reportTexts.confirmation)] as [string, string]] : []),
    ['your-data', t(reportTexts.yourData)],
    ...(isAccess ? [['portal', t(reportTexts.portal)] as [string, string]] : []),
    ...(isAccess ? [['information', t(reportTexts.information)] as [string, string]] : []),
    ['third-parties', t(reportTexts.thirdParties)],
  ];

  yield `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`${title} – ${scope.request.reference}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<p class="controller">${h(scope.description.controller.name)}</p>
<h1>${h(title)}</h1>
<p class="subtitle">${h(subtitle)}</p>
${definitionList([
  [t(reportTexts.compiledAt), f.instant(scope.now.toISOString())],
  [t(reportTexts.requestReceived), f.instant(scope.request.receivedAt.toISOString())],
])}
</header>
<nav aria-labelledby="toc-heading"><h2 id="toc-heading">${h(t(reportTexts.contents))}</h2><ol>${toc
    .map(([id, text]) => `<li><a href="#${id}">${h(text)}</a></li>`)
    .join('')}</ol></nav>
<main>
<p>${h(t(isAccess ? reportTexts.introAccess : reportTexts.introPortability))}</p>
${isAccess ? '' : `<p class="note">${h(exportTexts.scope.portability[locale])}</p>`}
<section aria-labelledby="files"><h2 id="files">${h(t(reportTexts.files))}</h2>
<dl class="definitions">
<dt>report.html</dt><dd>${h(t(reportTexts.fileReport))}</dd>
<dt>data.json</dt><dd>${h(t(reportTexts.fileData))} <a href="${h(scope.schemaUrl)}">${h(scope.schemaUrl)}</a></dd>
<dt>${h(files.csvKeys.map(csvFileName).join(', '))}</dt><dd>${h(t(reportTexts.fileCsv))}</dd>
${files.hasAttachments ? `<dt>attachments/</dt><dd>${h(t(reportTexts.fileAttachments))}</dd>` : ''}
<dt>manifest.json</dt><dd>${h(t(reportTexts.fileManifest))}</dd>
</dl>
</section>
`;

  if (isAccess) {
    const found = registers.filter(
      (r) => (r === 'customer' ? counts.customers : counts.contacts) > 0,
    );
    yield `<section aria-labelledby="confirmation"><h2 id="confirmation">${h(t(reportTexts.confirmation))}</h2>\n`;
    const requested = requestedRegisters(scope);
    yield `<p>${h(fillText(t(reportTexts.requestedRegisters), { registers: requested.map((id) => registerLabel(id)).join(', ') }))}</p>\n`;
    if (found.length === 0) {
      yield `<p>${h(t(reportTexts.confirmationNone))}</p>\n`;
    } else {
      yield `<p>${h(t(reportTexts.confirmationFound))}</p><ul>${found
        .map((id) => {
          const register = scope.description.registers.find((r) => r.id === id);
          const n = id === 'customer' ? counts.customers : counts.contacts;
          return `<li>${h(register ? localize(register.name, locale) : id)} – ${h(countOf(n, countTexts.records, locale))}</li>`;
        })
        .join('')}</ul>\n`;
    }
    const others = scope.description.registers
      .map((r) => r.id)
      .filter((id) => !registers.includes(id));
    if (others.length > 0) {
      // A scoped request never reads as "this is all we have about you" (Art. 15(1), 12(1)).
      yield `<p>${h(fillText(t(reportTexts.otherRegistersNote), { registers: others.map((id) => registerLabel(id)).join(', ') }))}</p>\n`;
    }
    yield '</section>\n';
  }

  // ---- The data itself (Art. 15(3) copy; Art. 20 for portability) ----
  yield `<section aria-labelledby="your-data"><h2 id="your-data">${h(t(reportTexts.yourData))}</h2>\n`;
  const registerName = (id: RegisterId) => {
    const register = scope.description.registers.find((r) => r.id === id);
    return register ? localize(register.name, locale) : id;
  };

  if (registers.includes('customer')) {
    yield `<section aria-labelledby="customer-register"><h3 id="customer-register">${h(registerName('customer'))}</h3>\n`;
    if (outOfScope.customers > 0) {
      yield outOfScopeNote(counts.customers, outOfScope.customers, reportTexts.outOfScopeCustomer);
    } else if (counts.customers === 0) {
      yield `<p>${h(t(reportTexts.registerNotFound))}</p>\n`;
    }
    for await (const page of rows('customers')) {
      for (const c of page) {
        countSource(c.source);
        facts.add('customer');
        if (c.sourceDetail) sourceDetails.push(c.sourceDetail);
        yield `<h4>${h(t(reportTexts.customerRecord))}: ${h(`${c.firstName} ${c.lastName}`.trim())}</h4>\n`;
        yield definitionList([
          [label('firstName'), c.firstName],
          [label('lastName'), c.lastName],
          [label('company'), c.company],
          [label('streetAddress'), c.streetAddress],
          [label('postalCode'), c.postalCode],
          [label('city'), c.city],
          [label('country'), c.country],
          [label('phone'), c.phone],
          [label('email'), c.email],
          [label('relationshipStartedOn'), f.date(c.relationshipStartedOn)],
          [label('relationshipEndedOn'), f.date(c.relationshipEndedOn)],
          [label('anonymizedAt'), f.instant(c.anonymizedAt)],
          [t(reportTexts.source), sourceOf(c.source)],
          [t(reportTexts.sourceDetail), c.sourceDetail],
          [label('createdAt'), f.instant(c.createdAt)],
          [label('updatedAt'), f.instant(c.updatedAt)],
        ]);
      }
    }
    const serviceNames = new Map<string, string>();
    let hasOrders = false;
    for await (const page of rows('serviceOrders')) {
      if (!hasOrders) {
        hasOrders = true;
        yield tableStart(t(reportTexts.orders), [
          label('serviceName'),
          label('description'),
          label('status'),
          label('orderedAt'),
          label('startsOn'),
          label('endsOn'),
          label('price'),
          t(reportTexts.source),
        ]);
      }
      let html = '';
      for (const o of page) {
        countSource(o.source);
        facts.add('service_order');
        serviceNames.set(o.id, o.serviceName);
        html += tableRow([
          o.serviceName,
          o.description,
          value('orderStatus', o.status),
          f.instant(o.orderedAt),
          f.date(o.startsOn),
          f.date(o.endsOn),
          f.money(o.priceCents, o.currency),
          sourceOf(o.source),
        ]);
      }
      yield html;
    }
    if (hasOrders) yield tableEnd;
    let hasChanges = false;
    for await (const page of rows('serviceOrderChanges')) {
      if (!hasChanges) {
        hasChanges = true;
        yield tableStart(t(reportTexts.orderChanges), [
          label('changedAt'),
          label('serviceName'),
          label('changeType'),
          label('description'),
          label('previousValue'),
          label('newValue'),
          t(reportTexts.source),
        ]);
      }
      let html = '';
      for (const c of page) {
        countSource(c.source);
        html += tableRow([
          f.instant(c.changedAt),
          serviceNames.get(c.orderId) ?? '',
          value('changeType', c.changeType),
          c.description,
          c.previousValue,
          c.newValue,
          sourceOf(c.source),
        ]);
      }
      yield html;
    }
    if (hasChanges) yield tableEnd;
    let hasInvoices = false;
    for await (const page of rows('invoices')) {
      if (!hasInvoices) {
        hasInvoices = true;
        yield tableStart(t(reportTexts.invoices), [
          label('number'),
          label('issuedOn'),
          label('dueOn'),
          label('total'),
          label('status'),
          label('billingName'),
          label('billingAddress'),
        ]);
      }
      let html = '';
      for (const i of page) {
        facts.add('invoice');
        html += tableRow([
          i.number,
          f.date(i.issuedOn),
          f.date(i.dueOn),
          f.money(i.totalCents, i.currency),
          value('invoiceStatus', i.status),
          i.billingName,
          i.billingAddress,
        ]);
      }
      yield html;
    }
    if (hasInvoices) {
      yield tableEnd;
      yield `<p>${h(fillText(t(reportTexts.invoiceLinesNote), { count: counts.invoiceLines }))}</p>\n`;
    }
    yield '</section>\n';
  }

  if (registers.includes('marketing')) {
    yield `<section aria-labelledby="marketing-register"><h3 id="marketing-register">${h(registerName('marketing'))}</h3>\n`;
    if (outOfScope.contacts > 0) {
      yield outOfScopeNote(counts.contacts, outOfScope.contacts, reportTexts.outOfScopeMarketing);
    } else if (counts.contacts === 0) {
      yield `<p>${h(t(reportTexts.registerNotFound))}</p>\n`;
    }
    for await (const page of rows('marketingContacts')) {
      for (const c of page) {
        countSource(c.source);
        facts.add('marketing_contact');
        if (c.sourceDetail) sourceDetails.push(c.sourceDetail);
        yield `<h4>${h(t(reportTexts.marketingContact))}: ${h(`${c.firstName} ${c.lastName}`.trim())}</h4>\n`;
        yield definitionList([
          [label('firstName'), c.firstName],
          [label('lastName'), c.lastName],
          [label('company'), c.company],
          [label('email'), c.email],
          [label('phone'), c.phone],
          [label('streetAddress'), c.streetAddress],
          [label('postalCode'), c.postalCode],
          [label('city'), c.city],
          [label('lastActivityOn'), f.date(c.lastActivityOn)],
          [t(reportTexts.source), sourceOf(c.source)],
          [t(reportTexts.sourceDetail), c.sourceDetail],
          [label('createdAt'), f.instant(c.createdAt)],
        ]);
      }
    }
    let hasPermissions = false;
    for await (const page of rows('marketingPermissions')) {
      if (!hasPermissions) {
        hasPermissions = true;
        yield tableStart(t(reportTexts.permissions), [
          label('channel'),
          label('decision'),
          label('decidedAt'),
          label('method'),
        ]);
      }
      for (const p of page) {
        facts.add(p.decision === 'granted' ? 'marketing_consent' : 'marketing_prohibition');
      }
      yield page
        .map((p) =>
          tableRow([
            value('channel', p.channel),
            value('decision', p.decision),
            f.instant(p.decidedAt),
            sourceOf(p.method),
          ]),
        )
        .join('');
    }
    if (hasPermissions) yield tableEnd;
    let hasHistory = false;
    for await (const page of rows('marketingPermissionEvents')) {
      if (!hasHistory) {
        hasHistory = true;
        yield tableStart(t(reportTexts.permissionHistory), [
          label('decidedAt'),
          label('channel'),
          label('decision'),
          label('method'),
          label('note'),
        ]);
      }
      yield page
        .map((e) => {
          countSource(e.method);
          return tableRow([
            f.instant(e.decidedAt),
            value('channel', e.channel),
            value('decision', e.decision),
            sourceOf(e.method),
            e.note,
          ]);
        })
        .join('');
    }
    if (hasHistory) yield tableEnd;
    yield '</section>\n';
  }

  if (isAccess) {
    let hasRestrictions = false;
    for await (const page of rows('restrictions')) {
      if (!hasRestrictions) {
        hasRestrictions = true;
        yield `<section aria-labelledby="restrictions"><h3 id="restrictions">${h(t(reportTexts.restrictions))}</h3>\n`;
        yield tableStart(t(reportTexts.restrictions), [
          label('record'),
          label('ground'),
          label('reason'),
          label('setAt'),
          label('liftedAt'),
        ]);
      }
      yield page
        .map((r) =>
          tableRow([
            value('recordType', r.recordType),
            value('ground', r.ground),
            r.reason,
            f.instant(r.setAt),
            f.instant(r.liftedAt),
          ]),
        )
        .join('');
    }
    if (hasRestrictions) yield `${tableEnd}</section>\n`;
  }
  yield '</section>\n';

  // ---- The portal's own records ----
  if (isAccess) {
    yield `<section aria-labelledby="portal"><h2 id="portal">${h(t(reportTexts.portal))}</h2>\n<p>${h(t(reportTexts.portalPurpose))}</p>\n`;
    for await (const page of rows('portalAccounts')) {
      for (const a of page) {
        yield `<h3>${h(t(reportTexts.account))}</h3>\n`;
        yield definitionList([
          [label('name'), a.name],
          [label('email'), a.email],
          [label('phone'), a.phone],
          [label('locale'), a.locale],
          [label('emailVerifiedAt'), f.instant(a.emailVerifiedAt)],
          [label('createdAt'), f.instant(a.createdAt)],
        ]);
      }
    }
    const references = new Map<string, string>();
    yield `<h3>${h(t(reportTexts.requests))}</h3>\n`;
    yield tableStart(t(reportTexts.requests), [
      label('reference'),
      label('type'),
      label('status'),
      label('receivedAt'),
      label('dueDate'),
      label('closedAt'),
    ]);
    for await (const page of rows('portalRequests')) {
      let html = '';
      for (const r of page) {
        references.set(r.id, r.reference);
        html += tableRow([
          r.reference,
          value('requestType', r.type),
          value('requestStatus', r.status),
          f.instant(r.receivedAt),
          f.date(r.dueDate),
          f.instant(r.closedAt),
        ]);
        const identity = r.identityVerifiedAt
          ? [f.instant(r.identityVerifiedAt), r.identityNote].filter(Boolean).join(' – ')
          : null;
        const letters: Array<[string, string | null]> = [
          [t(reportTexts.identityChecked), identity],
          [label('extensionReason'), r.extensionReason],
          [label('refusalReason'), r.refusalReason],
          [label('responseLetter'), r.responseLetter],
        ];
        for (const [name, text] of letters) {
          if (text)
            html += `<tr><td colspan="6">${h(`${r.reference} – ${name}: ${text}`)}</td></tr>\n`;
        }
      }
      yield html;
    }
    yield tableEnd;
    const actor = (type: string) =>
      type === 'subject'
        ? t(reportTexts.you)
        : type === 'staff'
          ? t(reportTexts.staff)
          : t(reportTexts.system);
    let hasEvents = false;
    for await (const page of rows('portalRequestEvents')) {
      if (!hasEvents) {
        hasEvents = true;
        yield `<h3>${h(t(reportTexts.events))}</h3>\n`;
        yield tableStart(t(reportTexts.events), [
          label('at'),
          label('reference'),
          label('type'),
          label('actor'),
        ]);
      }
      yield page
        .map((e) =>
          tableRow([
            f.instant(e.createdAt),
            references.get(e.requestId) ?? '',
            value('eventType', e.type),
            actor(e.actorType),
          ]),
        )
        .join('');
    }
    if (hasEvents) yield tableEnd;
    let hasMessages = false;
    for await (const page of rows('portalMessages')) {
      if (!hasMessages) {
        hasMessages = true;
        yield `<h3>${h(t(reportTexts.messages))}</h3>\n`;
      }
      yield page
        .map(
          (m) =>
            `<article class="message"><header>${h(
              `${f.instant(m.createdAt)} · ${references.get(m.requestId) ?? ''} · ${actor(m.authorType)}${
                m.isIdentityAnswer ? ` (${t(reportTexts.identityAnswer)})` : ''
              }`,
            )}</header><p>${h(m.body)}</p></article>\n`,
        )
        .join('');
    }
    let hasAttachments = false;
    for await (const page of rows('portalAttachments')) {
      if (!hasAttachments) {
        hasAttachments = true;
        yield `<h3>${h(t(reportTexts.attachments))}</h3>\n`;
        yield tableStart(t(reportTexts.attachments), [
          label('fileName'),
          label('reference'),
          label('size'),
          label('createdAt'),
        ]);
      }
      yield page
        .map(
          (a) =>
            `<tr><td><a href="${h(a.path)}">${h(a.fileName)}</a></td><td>${h(
              references.get(a.requestId) ?? '',
            )}</td><td>${h(String(a.size))}</td><td>${h(f.instant(a.createdAt))}</td></tr>\n`,
        )
        .join('');
    }
    if (hasAttachments) yield tableEnd;
    let hasNotes = false;
    for await (const page of rows('internalNotes')) {
      if (!hasNotes) {
        hasNotes = true;
        yield `<h3>${h(t(reportTexts.internalNotes))}</h3>\n<p>${h(t(reportTexts.internalNotesIntro))}</p>\n`;
      }
      yield page
        .map(
          (n) =>
            `<article class="message"><header>${h(
              `${f.instant(n.createdAt)} · ${references.get(n.requestId) ?? ''} · ${t(reportTexts.staff)}`,
            )}</header><p>${h(
              n.withholdingGround === null
                ? n.body
                : fillText(t(reportTexts.noteWithheld), {
                    ground: value('withholdingGround', n.withholdingGround),
                  }),
            )}</p></article>\n`,
        )
        .join('');
    }
    let hasSuppressions = false;
    for await (const page of rows('suppressions')) {
      if (!hasSuppressions) {
        hasSuppressions = true;
        yield `<h3>${h(t(reportTexts.suppressions))}</h3>\n<p>${h(t(reportTexts.suppressionsIntro))}</p>\n`;
        yield tableStart(t(reportTexts.suppressions), [
          label('kind'),
          label('value'),
          label('channel'),
          label('onListSince'),
        ]);
      }
      yield page
        .map((x) =>
          tableRow([
            value('suppressionKind', x.kind),
            x.value,
            value('channel', x.channel),
            f.instant(x.createdAt),
          ]),
        )
        .join('');
    }
    if (hasSuppressions) yield tableEnd;
    let hasAudit = false;
    for await (const page of rows('auditEntries')) {
      if (!hasAudit) {
        hasAudit = true;
        yield `<h3>${h(t(reportTexts.auditLog))}</h3>\n<p>${h(t(reportTexts.auditLogIntro))}</p>\n`;
        yield tableStart(t(reportTexts.auditLog), [
          label('at'),
          t(reportTexts.action),
          t(reportTexts.purpose),
          label('actor'),
          label('reference'),
        ]);
      }
      yield page
        .map((e) =>
          tableRow([
            f.instant(e.at),
            e.action,
            e.purpose,
            actor(e.actorType),
            e.requestId ? (references.get(e.requestId) ?? '') : '',
          ]),
        )
        .join('');
    }
    if (hasAudit) yield tableEnd;
    yield '</section>\n';
  }

  /**
   * (c) and 15(2): the named recipients and processors of each register that
   * holds this person's data, with role, country and any confirmed safeguard
   * (CJEU C-154/21: actual recipients, not only categories), the recipients
   * actually told of changes to their data (Art. 19), then the notice's
   * general disclosure cases and transfers.
   */
  const recipientsHtml = async (holding: typeof scope.description.registers): Promise<string> => {
    let html = '';
    const named = holding.flatMap((register) =>
      register.recipients.map((recipient) => ({ register, recipient })),
    );
    const seen = new Set<string>();
    const unique = named.filter(({ recipient }) => {
      if (seen.has(recipient.id)) return false;
      seen.add(recipient.id);
      return true;
    });
    if (unique.length === 0) {
      html += `<p>${h(t(reportTexts.recipientsNone))}</p>\n`;
    } else {
      html += `<p>${h(t(reportTexts.recipientsYours))}</p>\n${tableStart(
        t(reportTexts.recipientsYours),
        [
          label('recipient'),
          label('role'),
          label('country'),
          label('safeguard'),
          t(reportTexts.purpose),
        ],
      )}${unique
        .map(({ recipient }) =>
          tableRow([
            localize(recipient.name, locale),
            localize(recipientRoleLabels[recipient.role], locale),
            localize(recipient.country, locale),
            recipient.safeguard
              ? localize(transferSafeguardLabels[recipient.safeguard], locale)
              : '',
            localize(recipient.purpose, locale),
          ]),
        )
        .join('')}${tableEnd}`;
    }
    let notified = '';
    for await (const page of rows('recipientNotices')) {
      notified += page
        .map((n) => tableRow([n.recipientName, n.method, f.instant(n.notifiedAt)]))
        .join('');
    }
    if (notified) {
      html += `<h4>${h(t(reportTexts.recipientsNotified))}</h4>\n${tableStart(
        t(reportTexts.recipientsNotified),
        [label('recipient'), label('method'), label('notifiedAt')],
      )}${notified}${tableEnd}`;
    }
    const general = buildPrivacyNotice(
      scope.description,
      locale,
      scope.portalRetention,
    ).sections.find((s) => s.id === 'recipients');
    html += `<h4>${h(t(reportTexts.recipientsGeneral))}</h4>\n${(general?.blocks ?? []).map(noticeBlock).join('\n')}\n`;
    const transfers = holding.flatMap((r) => r.transfers);
    const transferNotice = buildPrivacyNotice(
      scope.description,
      locale,
      scope.portalRetention,
    ).sections.find((s) => s.id === 'transfers');
    html += `<h4 id="art15-2" data-gdpr="15(2)">${h(t(reportTexts.transfers))}</h4>\n`;
    html +=
      transfers.length === 0
        ? `<p>${h(t(reportTexts.noRows))}</p>\n`
        : (transferNotice?.subsections ?? [])
            .filter((sub) => holding.some((r) => r.id === sub.id))
            .map((sub) => sub.blocks.map(noticeBlock).join('\n'))
            // Registers that share their transfers (the same processors) print them once.
            .filter((block, index, all) => all.indexOf(block) === index)
            .join('\n');
    return html;
  };

  // ---- GDPR Art. 15(1)(a)–(h) and 15(2) ----
  if (isAccess) {
    const notice = buildPrivacyNotice(scope.description, locale, scope.portalRetention);
    const section = (id: PrivacyNoticeSectionId) => notice.sections.find((s) => s.id === id);
    const noticeSection = (id: PrivacyNoticeSectionId, withHeadings = true): string => {
      const s = section(id);
      if (!s) return '';
      const blocks = s.blocks.map(noticeBlock).join('\n');
      const subsections = s.subsections
        .filter((sub) => (registers as readonly string[]).includes(sub.id))
        .map(
          (sub) =>
            `${withHeadings ? `<h4>${h(sub.heading)}</h4>` : ''}${sub.blocks.map(noticeBlock).join('\n')}`,
        )
        .join('\n');
      return `${blocks}\n${subsections}\n`;
    };
    const art15 = (letter: Art15Letter, body: string): string =>
      `<section aria-labelledby="art15-1-${letter}" data-gdpr="15(1)(${letter})"><h3 id="art15-1-${letter}">${h(
        `(${letter}) ${t(reportTexts.art15[letter])}`,
      )}</h3>\n<p class="note">${h(fillText(t(reportTexts.articleRef), { letter }))}</p>\n${body}</section>\n`;

    yield `<section aria-labelledby="information"><h2 id="information">${h(t(reportTexts.information))}</h2>\n<p>${h(t(reportTexts.informationIntro))}</p>\n`;
    yield `<h3>${h(t(reportTexts.controller))}</h3>\n${noticeSection('controller')}<h3>${h(
      t(reportTexts.contactPerson),
    )}</h3>\n${noticeSection('contact_person')}`;
    // Registers that hold this person's data: only their purposes, categories and recipients apply.
    const holding = scope.description.registers.filter((r) =>
      r.id === 'customer' ? counts.customers > 0 : counts.contacts > 0,
    );
    const applies = (item: { appliesWhen?: readonly PersonalFact[] | undefined }) =>
      item.appliesWhen === undefined || item.appliesWhen.some((fact) => facts.has(fact));
    const portalPurpose = `<h4>${h(t(reportTexts.portal))}</h4>\n<p>${h(t(reportTexts.portalPurpose))}</p>\n`;
    yield art15(
      'a',
      holding.length === 0
        ? `<p>${h(t(reportTexts.purposesNone))}</p>\n${portalPurpose}`
        : `<p>${h(t(reportTexts.purposesYours))}</p>\n${holding
            .map(
              (register) =>
                `<h4>${h(localize(register.name, locale))}</h4>\n${definitionList(
                  register.purposes
                    .filter(applies)
                    .map((p) => [
                      localize(p.description, locale),
                      describeLegalBasis(p.legalBasis, locale),
                    ]),
                )}`,
            )
            .join('')}${portalPurpose}`,
    );
    yield art15(
      'b',
      `${holding.length === 0 ? '' : `<p>${h(t(reportTexts.categoriesYours))}</p>\n`}${holding
        .map(
          (register) =>
            `<h4>${h(localize(register.name, locale))}</h4>\n${definitionList(
              register.dataCategories
                .filter(applies)
                .map((c) => [localize(c.name, locale), localize(c.description, locale)]),
            )}`,
        )
        .join('')}<p>${h(t(reportTexts.portalCategories))}</p>\n`,
    );
    yield art15('c', await recipientsHtml(holding));

    /**
     * (d) for the portal's own records: the notice's periods for them, then
     * the date each of this person's requests (with its messages, files and
     * packages) may be deleted, by the same rule the retention job applies.
     */
    const portalRetentionHtml = async (): Promise<string> => {
      const periods = scope.portalRetention;
      const rules = section('retention')?.subsections.find(
        (sub) => sub.id === PORTAL_SUBSECTION_ID,
      );
      let html = `<h4>${h(localize(scope.description.portalProcessing.name, locale))}</h4>\n${(
        rules?.blocks ?? []
      )
        .map(noticeBlock)
        .join('\n')}\n<h4>${h(t(reportTexts.portalRetentionYours))}</h4>\n`;
      const files = await countPortalFiles(prisma, scope);
      let body = '';
      for await (const page of rows('portalRequests')) {
        for (const r of page) {
          const closedOn =
            r.closedAt === null ? null : toLocalDate(new Date(r.closedAt), scope.timeZone);
          const fileCount = files.get(r.id);
          body += tableRow([
            r.reference,
            value('requestStatus', r.status),
            closedOn === null
              ? fillText(t(reportTexts.portalRetentionOpen), { years: periods.requestYears })
              : fillText(t(reportTexts.portalRetentionClosed), {
                  closed: f.date(closedOn),
                  date: f.date(portalDeletableOn('portal_request', closedOn, periods)),
                }),
            fileCount === undefined
              ? ''
              : fillText(t(reportTexts.portalRetentionFiles), {
                  deleted: fileCount.deleted,
                  held: fileCount.held,
                }),
          ]);
        }
      }
      html +=
        body === ''
          ? `<p>${h(t(reportTexts.noRows))}</p>\n`
          : `${tableStart(t(reportTexts.portalRetentionYours), [
              label('reference'),
              label('status'),
              label('retention'),
              t(reportTexts.attachments),
            ])}${body}${tableEnd}`;
      return html;
    };

    // (d) the rules, then what they mean for this person's records.
    let retentionHtml = `<h4>${h(t(reportTexts.retentionGeneral))}</h4>\n${noticeSection('retention')}<h4>${h(
      t(reportTexts.retentionYours),
    )}</h4>\n`;
    const ruleText = new Map<string, string>();
    for (const register of scope.description.registers) {
      for (const rule of register.retention)
        ruleText.set(rule.id, localize(rule.explanation, locale));
    }
    const outcome = (deleteOn: string | null, reasonCode: string) =>
      deleteOn === null
        ? t(reportTexts.retentionOngoing)
        : reasonCode === 'restriction_requires_keeping'
          ? t(reportTexts.retentionKeptRestricted)
          : fillText(t(reportTexts.retentionDeletableFrom), { date: f.date(deleteOn) });
    const personal: string[] = [];
    // Invoices are summed per deletion date: a long history has thousands but only a few dates.
    const invoiceGroups = new Map<
      string,
      { deleteOn: string | null; reasonCode: string; ruleId: string; n: number }
    >();
    for await (const page of rows('retention')) {
      for (const r of page) {
        if (r.recordType === 'invoice') {
          const key = `${r.deleteOn ?? ''}|${r.reasonCode}|${r.ruleId}`;
          const group = invoiceGroups.get(key) ?? {
            deleteOn: r.deleteOn,
            reasonCode: r.reasonCode,
            ruleId: r.ruleId,
            n: 0,
          };
          group.n += 1;
          invoiceGroups.set(key, group);
        } else {
          personal.push(
            tableRow([
              value('recordType', r.recordType),
              outcome(r.deleteOn, r.reasonCode),
              ruleText.get(r.ruleId) ?? r.ruleId,
            ]),
          );
        }
      }
    }
    for (const group of [...invoiceGroups.values()].sort((a, b) =>
      (a.deleteOn ?? '9').localeCompare(b.deleteOn ?? '9'),
    )) {
      personal.push(
        tableRow([
          `${value('recordType', 'invoice')} (${countOf(group.n, countTexts.invoices, locale)})`,
          outcome(group.deleteOn, group.reasonCode),
          ruleText.get(group.ruleId) ?? group.ruleId,
        ]),
      );
    }
    retentionHtml +=
      personal.length === 0
        ? `<p>${h(t(reportTexts.noRows))}</p>\n`
        : `${tableStart(t(reportTexts.retentionYours), [label('record'), label('retention'), label('rule')])}${personal.join('')}${tableEnd}`;
    retentionHtml += await portalRetentionHtml();
    yield art15('d', retentionHtml);

    yield art15('e', `<p>${h(t(reportTexts.rightsIntro))}</p>\n${noticeSection('rights')}`);
    yield art15('f', noticeSection('complaint'));
    const sourceSummary = [...sourceCounts.entries()]
      .map(
        ([code, n]) =>
          `<li>${h(sourceOf(code))}: ${h(countOf(n, countTexts.records, locale))}</li>`,
      )
      .join('');
    yield art15(
      'g',
      `${sourceSummary ? `<p>${h(t(reportTexts.sourcesYours))}</p><ul>${sourceSummary}</ul>\n` : ''}${
        sourceDetails.length > 0
          ? `<p>${h(t(reportTexts.sourceDetail))}:</p><ul>${[...new Set(sourceDetails)]
              .map((d) => `<li>${h(d)}</li>`)
              .join('')}</ul>\n`
          : ''
      }<h4>${h(t(reportTexts.sourcesGeneral))}</h4>\n${noticeSection('sources')}`,
    );
    yield art15('h', noticeSection('automated_decisions', false));
    yield '</section>\n';
  }

  yield `<section aria-labelledby="third-parties"><h2 id="third-parties">${h(t(reportTexts.thirdParties))}</h2>\n<p>${h(
    exportTexts.maskingRule[locale],
  )}</p>\n</section>\n`;
  if (!isAccess) {
    const notice = buildPrivacyNotice(scope.description, locale, scope.portalRetention);
    const controller = notice.sections.find((s) => s.id === 'controller');
    const contact = notice.sections.find((s) => s.id === 'contact_person');
    yield `<section aria-labelledby="controller"><h2 id="controller">${h(t(reportTexts.controller))}</h2>\n${(
      controller?.blocks ?? []
    )
      .map(noticeBlock)
      .join(
        '\n',
      )}<h3>${h(t(reportTexts.contactPerson))}</h3>\n${(contact?.blocks ?? []).map(noticeBlock).join('\n')}</section>\n`;
  }
  yield '</main>\n</body>\n</html>\n';
}

/** The registers the request names. */
function requestedRegisters(scope: ExportScope): RegisterId[] {
  const registers: RegisterId[] = [];
  if (scope.request.targetsCustomerRegister) registers.push('customer');
  if (scope.request.targetsMarketingRegister) registers.push('marketing');
  return registers;
}

/**
 * The registers the request is about, and any other register a confirmed
 * record comes from (also one a portability file leaves out, which the report
 * then explains): the report shows and explains everything data.json holds.
 */
function reportedRegisters(scope: ExportScope): RegisterId[] {
  const registers: RegisterId[] = [];
  if (
    scope.request.targetsCustomerRegister ||
    scope.customerIds.length + scope.outOfScope.customers > 0
  ) {
    registers.push('customer');
  }
  if (
    scope.request.targetsMarketingRegister ||
    scope.contactIds.length + scope.outOfScope.contacts > 0
  ) {
    registers.push('marketing');
  }
  return registers;
}
