// The history answer carries the record as the database holds it (a plain
// object: its columns, plus the order, invoice and permission rows it has).
// The console reads only the fields it shows, each narrowed here, so a
// column the page does not know is never shown by accident.
import { marketingChannels, type MarketingChannel } from '@oikeus/contracts';

export interface CurrentPermission {
  channel: MarketingChannel;
  decision: 'granted' | 'prohibited';
  decidedAt: string;
  method: string;
}

export interface RecordView {
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  /** Customers only. */
  country: string | null;
  /** Calendar days (`YYYY-MM-DD`): customers' relationship, contacts' last activity. */
  relationshipStartedOn: string | null;
  relationshipEndedOn: string | null;
  lastActivityOn: string | null;
  source: string | null;
  sourceDetail: string | null;
  externalId: string | null;
  anonymizedAt: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** Contacts: the linked customer, and its key as the edit form sends it back. */
  customer: { id: string; name: string } | null;
  customerExternalId: string | null;
  /** Customers: their marketing contacts. */
  marketingContactIds: string[];
  /** Contacts: the current decision per channel. */
  permissions: CurrentPermission[];
  /** Customers: how many orders and invoices hang on the record. */
  orderCount: number | null;
  invoiceCount: number | null;
}

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A date column arrives as an instant at midnight UTC; the day is its first ten characters. */
function dayOf(row: Row, key: string): string | null {
  const value = textOf(row, key);
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function rowsOf(row: Row, key: string): Row[] {
  const value = row[key];
  return Array.isArray(value) ? value.filter(isRow) : [];
}

function countOf(row: Row, key: string): number | null {
  return Array.isArray(row[key]) ? (row[key] as unknown[]).length : null;
}

function isChannel(value: unknown): value is MarketingChannel {
  return (marketingChannels as readonly unknown[]).includes(value);
}

function permissionOf(row: Row): CurrentPermission | null {
  const decision = row.decision;
  const decidedAt = textOf(row, 'decidedAt');
  if (!isChannel(row.channel) || (decision !== 'granted' && decision !== 'prohibited')) return null;
  if (!decidedAt) return null;
  return { channel: row.channel, decision, decidedAt, method: textOf(row, 'method') ?? '' };
}

export function readRecordView(record: Row): RecordView {
  const customer = isRow(record.customer) ? record.customer : null;
  const customerId = customer ? textOf(customer, 'id') : null;
  return {
    firstName: textOf(record, 'firstName') ?? '',
    lastName: textOf(record, 'lastName') ?? '',
    company: textOf(record, 'company'),
    email: textOf(record, 'email'),
    phone: textOf(record, 'phone'),
    streetAddress: textOf(record, 'streetAddress'),
    postalCode: textOf(record, 'postalCode'),
    city: textOf(record, 'city'),
    country: textOf(record, 'country'),
    relationshipStartedOn: dayOf(record, 'relationshipStartedOn'),
    relationshipEndedOn: dayOf(record, 'relationshipEndedOn'),
    lastActivityOn: dayOf(record, 'lastActivityOn'),
    source: textOf(record, 'source'),
    sourceDetail: textOf(record, 'sourceDetail'),
    externalId: textOf(record, 'externalId'),
    anonymizedAt: textOf(record, 'anonymizedAt'),
    createdAt: textOf(record, 'createdAt'),
    updatedAt: textOf(record, 'updatedAt'),
    customer:
      customer && customerId
        ? {
            id: customerId,
            name: [textOf(customer, 'firstName'), textOf(customer, 'lastName')]
              .filter(Boolean)
              .join(' '),
          }
        : null,
    customerExternalId: textOf(record, 'customerExternalId'),
    marketingContactIds: rowsOf(record, 'marketingContacts')
      .map((row) => textOf(row, 'id'))
      .filter((id): id is string => id !== null),
    permissions: rowsOf(record, 'permissions')
      .map(permissionOf)
      .filter((p): p is CurrentPermission => p !== null)
      .sort((a, b) => marketingChannels.indexOf(a.channel) - marketingChannels.indexOf(b.channel)),
    orderCount: countOf(record, 'orders'),
    invoiceCount: countOf(record, 'invoices'),
  };
}

/** The record's name as a heading: "Maija Meikäläinen". */
export function recordName(view: RecordView): string {
  return [view.firstName, view.lastName].filter(Boolean).join(' ');
}
