import type { Locale, MarketingChannel, ObjectionPreview } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { parseJsonText } from '../../db/parse-json-text';
import { recordLabel } from '../../registers/record-label';
import { loadConfirmedRecords, type ConfirmedRecords } from './confirmed-records';
import { objectionChannels } from './objection-channels';

export function buildObjectionPreview(
  records: ConfirmedRecords,
  channels: MarketingChannel[],
  locale: Locale,
): ObjectionPreview {
  return {
    channels,
    contacts: records.contacts.map((c) => ({
      recordId: c.id,
      label: recordLabel(c, locale),
      changes: channels.map((channel) => {
        const current = c.permissions.find((p) => p.channel === channel)?.decision ?? 'none';
        return { channel, current, isChange: current !== 'prohibited' };
      }),
    })),
  };
}

/** Which channels of which confirmed marketing contacts would switch to `prohibited`. */
export async function previewObjection(
  ctx: AppContext,
  db: Db | Tx,
  input: { requestId: string; channels?: MarketingChannel[] | undefined },
  locale: Locale,
): Promise<{ preview: ObjectionPreview; records: ConfirmedRecords }> {
  const request = await db.rightsRequest.findUnique({
    where: { id: input.requestId },
    select: { details: true },
  });
  if (!request) throw new AppError('NOT_FOUND');
  const records = await loadConfirmedRecords(db, input.requestId);
  const channels = objectionChannels(input.channels, parseJsonText(request.details));
  return { preview: buildObjectionPreview(records, channels, locale), records };
}
