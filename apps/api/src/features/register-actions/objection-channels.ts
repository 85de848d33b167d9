import {
  marketingChannels,
  objectionRequestInputSchema,
  type MarketingChannel,
} from '@oikeus/contracts';

/** The handler's choice, else the channels the subject named, else every channel (Art. 21(3) is absolute). */
export function objectionChannels(
  chosen: MarketingChannel[] | undefined,
  details: unknown,
): MarketingChannel[] {
  if (chosen?.length) return [...new Set(chosen)];
  const parsed = objectionRequestInputSchema.safeParse(details);
  if (parsed.success && parsed.data.channels) return [...parsed.data.channels];
  return [...marketingChannels];
}
