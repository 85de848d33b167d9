// The marketing list export: who may be contacted on a channel right now.
import { z } from 'zod';
import { marketingChannelSchema } from './common';

export const marketingAudienceQuerySchema = z.object({ channel: marketingChannelSchema });
export type MarketingAudienceQuery = z.input<typeof marketingAudienceQuerySchema>;

/**
 * Contacts with a `granted` permission for the channel, excluding restricted
 * records (Art. 18(2)) and suppressed emails/phones (Art. 17, 21(3)).
 */
export const marketingAudienceSchema = z.object({
  channel: marketingChannelSchema,
  items: z.array(
    z.object({
      id: z.uuid(),
      firstName: z.string(),
      lastName: z.string(),
      company: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      streetAddress: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
    }),
  ),
});
export type MarketingAudience = z.infer<typeof marketingAudienceSchema>;
