import { objectionRequestInputSchema } from '@oikeus/contracts';
import { parseJsonText } from '../../db/parse-json-text';

/**
 * Whether the request is an objection to direct marketing (Art. 21(2)–(3),
 * absolute). Every objection stored so far is one.
 */
export function isDirectMarketingObjection(request: { type: string; details: string }): boolean {
  if (request.type !== 'objection') return false;
  const parsed = objectionRequestInputSchema.safeParse(parseJsonText(request.details));
  return !parsed.success || parsed.data.type === 'objection';
}
