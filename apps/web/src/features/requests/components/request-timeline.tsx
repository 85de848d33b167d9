import type { SubjectRequestEvent } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';

const knownEvents = [
  'submitted',
  'marketing_prohibited',
  'identity_info_requested',
  'identity_answered',
  'identity_verified',
  'started',
  'extended',
  'message',
  'completed',
  'refused',
  'withdrawn',
  'rectified',
  'erased',
  'restricted',
  'restriction_lift_notified',
  'restriction_lifted',
  'export_ready',
] as const;
type KnownEvent = (typeof knownEvents)[number];

function isKnown(type: string): type is KnownEvent {
  return (knownEvents as readonly string[]).includes(type);
}

/** What has happened to the request, oldest first. */
export function RequestTimeline({ events }: { events: SubjectRequestEvent[] }) {
  const { t } = useTranslation('requests');
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="timeline">
      {ordered.map((event) => (
        <li key={event.id} className="timeline__item">
          <span className="timeline__label">
            {isKnown(event.type) ? t(`events.${event.type}`) : t('events.other')}
          </span>{' '}
          <span className="timeline__time">
            <DateTime value={event.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
