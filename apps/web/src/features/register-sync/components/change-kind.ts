// What a line of a record's history is. Customers' lines are their orders and
// the order changes the controller's systems sent (free-text change types);
// contacts' lines are permission events, `<channel>_<decision>`.
import { marketingChannels, type MarketingChannel } from '@oikeus/contracts';

export type ChangeKind =
  | { type: 'permission'; channel: MarketingChannel; decision: 'granted' | 'prohibited' }
  | { type: 'ordered' }
  | { type: 'other'; text: string };

export function describeChangeKind(kind: string): ChangeKind {
  if (kind === 'ordered') return { type: 'ordered' };
  const match = /^(.+)_(granted|prohibited)$/.exec(kind);
  const channel = match?.[1];
  if (match && (marketingChannels as readonly string[]).includes(channel ?? '')) {
    return {
      type: 'permission',
      channel: channel as MarketingChannel,
      decision: match[2] as 'granted' | 'prohibited',
    };
  }
  return { type: 'other', text: kind };
}
