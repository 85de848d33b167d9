import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useRecordHistory } from '../../features/register-sync/api/get-record-history';
import { PermissionForm } from '../../features/register-sync/components/permission-form';
import type { RecordSavedState } from '../../features/register-sync/components/record-saved-state';
import { readRecordView, recordName } from '../../features/register-sync/components/record-view';
import { paths } from '../../paths';

/** A permission or prohibition received by phone, letter or otherwise, for one marketing contact. */
export function RecordPermissionPage() {
  const { t } = useTranslation('registers');
  const contactId = useParams().recordId ?? '';
  const history = useRecordHistory('marketing_contact', contactId);
  const navigate = useNavigate();
  // The decision time starts from when the page opened, not from each render.
  const [openedAt] = useState(() => new Date());
  const view = history.data ? readRecordView(history.data.record) : null;
  const recordPath = paths.console.record.to('marketing_contact', contactId);
  return (
    <Page
      title={
        view ? t('permission.title', { name: recordName(view) }) : t('permission.loadingTitle')
      }
      lead={t('permission.lead')}
    >
      <p>
        <Link to={recordPath}>{view ? recordName(view) : t('record.loadingTitle')}</Link>
      </p>
      <QueryView query={history}>
        {() => (
          <PermissionForm
            contactId={contactId}
            now={openedAt}
            cancelTo={recordPath}
            onSaved={(result) => {
              const state: RecordSavedState = {
                saved: 'permission',
                isRestricted: result.isRestricted,
              };
              void navigate(recordPath, { state });
            }}
          />
        )}
      </QueryView>
    </Page>
  );
}
