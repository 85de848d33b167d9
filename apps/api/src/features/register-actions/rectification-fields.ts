import {
  customerRectifiableFields,
  marketingContactRectifiableFields,
  type LinkableRecordType,
  type RectifiableField,
} from '@oikeus/contracts';

/** Fields that must always hold a value (the schema's non-null columns). */
const REQUIRED_FIELDS: ReadonlySet<RectifiableField> = new Set([
  'firstName',
  'lastName',
  'country',
]);

export function fieldsOf(recordType: LinkableRecordType): readonly RectifiableField[] {
  return recordType === 'customer' ? customerRectifiableFields : marketingContactRectifiableFields;
}

export function isRequiredField(field: RectifiableField): boolean {
  return REQUIRED_FIELDS.has(field);
}

/** Stored form of a value: trimmed, empty as null, emails lower-cased (the registers match on them). */
export function storedValue(field: RectifiableField, value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  return field === 'email' ? trimmed.toLowerCase() : trimmed;
}

export function readField(
  record: Partial<Record<RectifiableField, string | null>>,
  field: RectifiableField,
): string | null {
  return record[field] ?? null;
}
