import { objectionRequestInputSchema } from '@oikeus/contracts';
import { parseJsonText } from '../../db/parse-json-text';

/**
 * Whether the request is an objection to direct marketing (Art. 21(2)–(3),
 * absolute). Objections stored before Art. 21(1) was offered carry no kind
 * and are read as direct marketing; unreadable details are treated the same,
 * the stricter reading (nothing about them can be refused).
 */
export function isDirectMarketingObjection(request: { type: string; details: string }): boolean {
  if (request.type !== 'objection') return false;
  const parsed = objectionRequestInputSchema.safeParse(parseJsonText(request.details));
  return !parsed.success || parsed.data.kind === 'direct_marketing';
}

/** Whether the request is an objection to processing on legitimate interests (Art. 21(1)). */
export function isLegitimateInterestsObjection(request: {
  type: string;
  details: string;
}): boolean {
  return request.type === 'objection' && !isDirectMarketingObjection(request);
}
