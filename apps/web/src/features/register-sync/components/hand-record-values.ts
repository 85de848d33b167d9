// What the add and edit forms of a customer or marketing contact hold (every
// field as text), and how that becomes the contract's input. The same
// contract checks it in the browser and on the server.
import type { LinkableRecordType } from '@oikeus/contracts';
import { RECORD_SOURCES, type RecordSource } from '@oikeus/domain';
import type { RecordView } from './record-view';

export interface HandRecordValues {
  customerExternalId: string;
  firstName: string;
  lastName: string;
  company: string;
  email: string;
  phone: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  country: string;
  relationshipStartedOn: string;
  relationshipEndedOn: string;
  lastActivityOn: string;
  source: RecordSource | '';
  sourceDetail: string;
}

export type HandField = keyof HandRecordValues;

/** The fields of each record type, in the order the form shows them. */
export const handFields = {
  customer: [
    'firstName',
    'lastName',
    'company',
    'email',
    'phone',
    'streetAddress',
    'postalCode',
    'city',
    'country',
    'relationshipStartedOn',
    'relationshipEndedOn',
    'source',
    'sourceDetail',
  ],
  marketing_contact: [
    'firstName',
    'lastName',
    'company',
    'email',
    'phone',
    'streetAddress',
    'postalCode',
    'city',
    'lastActivityOn',
    'customerExternalId',
    'source',
    'sourceDetail',
  ],
} as const satisfies Record<LinkableRecordType, readonly HandField[]>;

/** Fields the contract requires; the rest are marked optional in the form. */
export const requiredHandFields: ReadonlySet<HandField> = new Set<HandField>([
  'firstName',
  'lastName',
  'relationshipStartedOn',
  'lastActivityOn',
  'source',
]);

/** `2025-04-03` → `3.4.2025`, the way dates are written in Finland and the contract reads them back. */
export function finnishDate(day: string | null): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return '';
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

export function emptyHandValues(): HandRecordValues {
  return {
    customerExternalId: '',
    firstName: '',
    lastName: '',
    company: '',
    email: '',
    phone: '',
    streetAddress: '',
    postalCode: '',
    city: '',
    country: 'FI',
    relationshipStartedOn: '',
    relationshipEndedOn: '',
    lastActivityOn: '',
    source: '',
    sourceDetail: '',
  };
}

/** The edit form starts from what the register holds now. */
export function handValuesFromView(view: RecordView): HandRecordValues {
  return {
    customerExternalId: view.customerExternalId ?? '',
    firstName: view.firstName,
    lastName: view.lastName,
    company: view.company ?? '',
    email: view.email ?? '',
    phone: view.phone ?? '',
    streetAddress: view.streetAddress ?? '',
    postalCode: view.postalCode ?? '',
    city: view.city ?? '',
    country: view.country ?? 'FI',
    relationshipStartedOn: finnishDate(view.relationshipStartedOn),
    relationshipEndedOn: finnishDate(view.relationshipEndedOn),
    lastActivityOn: finnishDate(view.lastActivityOn),
    source: isKnownSource(view.source) ? view.source : '',
    sourceDetail: view.sourceDetail ?? '',
  };
}

function isKnownSource(value: string | null): value is RecordSource {
  return value !== null && (RECORD_SOURCES as readonly string[]).includes(value);
}

/**
 * The contract's input: only the record type's fields, blank ones left out
 * (an upsert clears a field that is not sent, so emptying a field in the form
 * clears it in the register). A blank source stays undefined so the contract
 * asks for it.
 */
export function toHandInput(
  recordType: LinkableRecordType,
  values: HandRecordValues,
): Record<string, string> {
  const input: Record<string, string> = {};
  for (const field of handFields[recordType]) {
    const value = values[field];
    // Required text goes as it is, so a blank name gets the contract's own message.
    if (value.trim() !== '' || (requiredHandFields.has(field) && field !== 'source')) {
      input[field] = value;
    }
  }
  return input;
}
