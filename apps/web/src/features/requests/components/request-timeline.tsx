import type { SubjectRequestEvent } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { subjectEventLabelKey } from '../../../lib/vocabulary-labels';

/** What has happened to the request, oldest first. */
export function RequestTimeline({ events }: { events: SubjectRequestEvent[] }) {
  const { t } = useTranslation('requests');
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="timeline">
      {ordered.map((event) => (
        <li key={event.id} className="timeline__item">
          <span className="timeline__label">{t(subjectEventLabelKey(event.type))}</span>{' '}
          <span className="timeline__time">
            <DateTime value={event.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
