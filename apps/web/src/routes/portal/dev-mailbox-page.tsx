import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useLocalMail } from '../../features/dev-mailbox/api/get-local-mail';
import { useLocalMailList } from '../../features/dev-mailbox/api/list-local-mail';
import { MailList } from '../../features/dev-mailbox/components/mail-list';
import { MailView } from '../../features/dev-mailbox/components/mail-view';
import { isApiError } from '../../lib/api-error';
import { paths } from '../../paths';

function SelectedMail({ id }: { id: string }) {
  const mail = useLocalMail(id);
  return <QueryView query={mail}>{(data) => <MailView mail={data} />}</QueryView>;
}

/** Only useful with MAIL_TRANSPORT=local: lets a newcomer read their sign-in code. */
export default function DevMailboxPage() {
  const { t } = useTranslation('portal');
  const [searchParams, setSearchParams] = useSearchParams();
  const to = searchParams.get('to') ?? undefined;
  const selectedId = searchParams.get('id');
  const [filter, setFilter] = useState(to ?? '');
  const list = useLocalMailList(to);
  const isUnavailable = isApiError(list.error) && list.error.code === 'NOT_FOUND';

  function linkTo(id: string): string {
    const params = new URLSearchParams(searchParams);
    params.set('id', id);
    return `${paths.devMailbox}?${params.toString()}`;
  }

  function applyFilter(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams();
    if (filter.trim() !== '') params.set('to', filter.trim());
    setSearchParams(params);
  }

  return (
    <Page title={t('mailbox.title')} lead={t('mailbox.lead')} wide>
      {isUnavailable ? (
        <Notice tone="info" isLive={false}>
          <p>{t('mailbox.unavailable')}</p>
        </Notice>
      ) : (
        <>
          <form className="inline-form" role="search" onSubmit={applyFilter}>
            <label htmlFor="mailbox-to" className="field__label">
              {t('mailbox.filter')}
            </label>
            <div className="inline-form__row">
              <input
                id="mailbox-to"
                type="email"
                className="input input--medium"
                autoComplete="email"
                spellCheck={false}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
              />
              <button type="submit" className="button button--secondary">
                {t('mailbox.filterSubmit')}
              </button>
              {to ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setFilter('');
                    setSearchParams(new URLSearchParams());
                  }}
                >
                  {t('mailbox.filterClear')}
                </button>
              ) : null}
            </div>
          </form>
          <QueryView query={list}>
            {(messages) => <MailList messages={messages} selectedId={selectedId} linkTo={linkTo} />}
          </QueryView>
          {selectedId ? <SelectedMail id={selectedId} /> : null}
        </>
      )}
    </Page>
  );
}
