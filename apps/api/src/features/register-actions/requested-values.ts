import { rectificationRequestInputSchema, type RequestedValue } from '@oikeus/contracts';

/**
 * The values the subject asked for in a rectification request (portal
 * contract `rectificationRequestInputSchema`), as register fields. A full name
 * is split: the last word is the surname, the rest first names. `other`
 * details have no register field; the handler reads them in the request.
 */
export function requestedValuesFromDetails(details: unknown): RequestedValue[] {
  const parsed = rectificationRequestInputSchema.safeParse(details);
  if (!parsed.success) return [];
  const values: RequestedValue[] = [];
  for (const item of parsed.data.items) {
    const value = item.correctValue.trim();
    switch (item.field) {
      case 'name': {
        const words = value.split(/\s+/).filter(Boolean);
        const last = words.pop();
        if (last) {
          values.push({ field: 'lastName', value: last });
          if (words.length > 0) values.push({ field: 'firstName', value: words.join(' ') });
        }
        break;
      }
      case 'company':
        values.push({ field: 'company', value });
        break;
      case 'street_address':
        values.push({ field: 'streetAddress', value });
        break;
      case 'postal_code':
        values.push({ field: 'postalCode', value });
        break;
      case 'city':
        values.push({ field: 'city', value });
        break;
      case 'phone':
        values.push({ field: 'phone', value });
        break;
      case 'email':
        values.push({ field: 'email', value: value.toLowerCase() });
        break;
      case 'other':
        break;
    }
  }
  return values;
}
