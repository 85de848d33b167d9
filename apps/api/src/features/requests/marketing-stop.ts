import { requestEventSchema, type MarketingStop } from '@oikeus/contracts';
import { parseJsonText } from '../../db/parse-json-text';

/**
 * What the objection recorded at submission, read back from its
 * `marketing_prohibited` event, so the portal says exactly what was done
 * (Art. 12(1), 21(3)) — never "marketing has stopped" when nothing was written.
 */
export function marketingStopOf(
  events: ReadonlyArray<{ type: string; data: string | null; createdAt: Date }>,
): MarketingStop | null {
  const event = events.find((e) => e.type === 'marketing_prohibited');
  if (!event) return null;
  const parsed = requestEventSchema.safeParse({
    type: event.type,
    data: parseJsonText(event.data),
  });
  if (!parsed.success || parsed.data.type !== 'marketing_prohibited') return null;
  return {
    channels: parsed.data.data.channels,
    suppressed: parsed.data.data.suppressed ?? [],
    contacts: parsed.data.data.contacts,
    recordedAt: event.createdAt.toISOString(),
  };
}
