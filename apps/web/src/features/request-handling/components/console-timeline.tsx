import type { TimelineEvent } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { consoleEventLabelKey } from '../../../lib/vocabulary-labels';

/** Every step on the request, including those the subject does not see. */
export function ConsoleTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation('console');
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section aria-labelledby="timeline-heading" className="panel">
      <h2 id="timeline-heading">{t('timeline.title')}</h2>
      <ol className="timeline">
        {ordered.map((event) => (
          <li key={event.id} className="timeline__item">
            <span className="timeline__label">{t(consoleEventLabelKey(event.type))}</span>{' '}
            <span className="timeline__time">
              <DateTime value={event.createdAt} /> ·{' '}
              {event.actorName ?? t(`timeline.actors.${event.actorType}`)}
              {event.isVisibleToSubject ? null : ` · ${t('timeline.internal')}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
