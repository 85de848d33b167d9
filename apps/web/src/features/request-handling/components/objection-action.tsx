import {
  marketingChannels,
  type ConsoleRequestDetail,
  type MarketingChannel,
  type ObjectionPreview,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { useApplyObjection } from '../api/apply-objection';
import { usePreviewObjection } from '../api/preview-objection';
import { ActionSection } from './action-section';
import { TableScroll } from '../../../components/table-scroll';

function requestedChannels(details: unknown): MarketingChannel[] {
  const channels = (details as { channels?: unknown } | null)?.channels;
  if (!Array.isArray(channels)) return [...marketingChannels];
  return marketingChannels.filter((channel) => channels.includes(channel));
}

/**
 * GDPR Art. 21(2)–(3): an objection to direct marketing is absolute. The
 * portal already recorded the prohibition on submission; this shows the
 * state per contact and applies it again for records confirmed later.
 */
export function ObjectionAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const preview = usePreviewObjection(request.id);
  const apply = useApplyObjection(request.id);
  const [channels, setChannels] = useState<MarketingChannel[]>(() =>
    requestedChannels(request.details),
  );
  const [applied, setApplied] = useState<ObjectionPreview | null>(null);

  return (
    <ActionSection
      id="objection"
      title={t('actions.objection.title')}
      article={t('actions.objection.article')}
    >
      <p>{t('actions.objection.help')}</p>
      {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
      {apply.error ? <Notice tone="error">{apply.error.message}</Notice> : null}
      {applied ? <Notice tone="success">{t('actions.objection.applied')}</Notice> : null}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('actions.objection.channels')}</legend>
        <div className="choices choices--inline">
          {marketingChannels.map((channel) => (
            <div className="choice" key={channel}>
              <input
                id={`objection-${channel}`}
                className="choice__input"
                type="checkbox"
                checked={channels.includes(channel)}
                onChange={(event) => {
                  preview.reset();
                  setChannels(
                    event.target.checked
                      ? marketingChannels.filter((c) => c === channel || channels.includes(c))
                      : channels.filter((c) => c !== channel),
                  );
                }}
              />
              <label className="choice__label" htmlFor={`objection-${channel}`}>
                {tc(`channel.${channel}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={channels.length === 0 || preview.isPending || undefined}
          onClick={() => {
            if (channels.length === 0 || preview.isPending) return;
            setApplied(null);
            preview.mutate(channels);
          }}
        >
          {preview.isPending ? t('actions.previewing') : t('actions.preview')}
        </button>
      </div>
      {preview.data ? (
        <>
          {preview.data.contacts.length === 0 ? (
            <p>{t('actions.objection.noContacts')}</p>
          ) : (
            <TableScroll>
              <table className="table table--compact">
                <caption>{t('actions.objection.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('records.record')}</th>
                    {preview.data.channels.map((channel) => (
                      <th scope="col" key={channel}>
                        {tc(`channel.${channel}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.data.contacts.map((contact) => (
                    <tr key={contact.recordId}>
                      <th scope="row">{contact.label}</th>
                      {contact.changes.map((change) => (
                        <td key={change.channel}>
                          {t(`actions.objection.states.${change.current}`)}
                          {change.isChange ? (
                            <>
                              {' → '}
                              <strong>{t('actions.objection.states.prohibited')}</strong>
                            </>
                          ) : null}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={apply.isPending || undefined}
              onClick={() =>
                !apply.isPending &&
                apply.mutate(
                  { version: request.version, channels },
                  {
                    onSuccess: (result) => {
                      setApplied(result.preview);
                      preview.reset();
                    },
                  },
                )
              }
            >
              {apply.isPending ? t('actions.applying') : t('actions.objection.apply')}
            </button>
          </div>
        </>
      ) : null}
    </ActionSection>
  );
}
