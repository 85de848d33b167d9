import { describe, expect, it } from 'vitest';
import en from '../../../i18n/locales/en/console';
import fi from '../../../i18n/locales/fi/console';
import sv from '../../../i18n/locales/sv/console';
import { fieldName } from './field-name';

/** What the API keeps on an anonymised customer row (ANONYMISED_KEPT_FIELDS in plan-erasure.ts). */
const KEPT_FIELDS = ['id', 'country', 'source', 'relationshipStartedOn', 'relationshipEndedOn'];

describe('fieldName', () => {
  it('names every field kept on an anonymised row in Finnish, Swedish and English', () => {
    expect(KEPT_FIELDS.map((f) => fieldName(fi.fields, f))).toEqual([
      'Tunniste',
      'Maa',
      'Lähde',
      'Asiakkuus alkoi',
      'Asiakkuus päättyi',
    ]);
    for (const texts of [sv, en]) {
      for (const field of KEPT_FIELDS) expect(fieldName(texts.fields, field)).not.toBe(field);
    }
    expect(fieldName(en.fields, 'relationshipStartedOn')).toBe('Customer relationship started');
  });

  it('falls back to the raw name for a field the texts do not know', () => {
    expect(fieldName(fi.fields, 'loyaltyTier')).toBe('loyaltyTier');
    // Not a field, although every object has it.
    expect(fieldName(fi.fields, 'toString')).toBe('toString');
  });
});
