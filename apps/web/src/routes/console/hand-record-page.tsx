import type { ConsoleRecordWriteResult, LinkableRecordType } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useRecordHistory } from '../../features/register-sync/api/get-record-history';
import { HandRecordForm } from '../../features/register-sync/components/hand-record-form';
import {
  emptyHandValues,
  handValuesFromView,
} from '../../features/register-sync/components/hand-record-values';
import type { RecordSavedState } from '../../features/register-sync/components/record-saved-state';
import { readRecordView, recordName } from '../../features/register-sync/components/record-view';
import { paths, recordTypeOfSegment } from '../../paths';
import NotFoundPage from '../portal/not-found-page';

/** After a save, the record page says what happened (and warns when the record is restricted). */
function useShowSaved(recordType: LinkableRecordType) {
  const navigate = useNavigate();
  return (result: ConsoleRecordWriteResult) => {
    const state: RecordSavedState = { saved: result.outcome, isRestricted: result.isRestricted };
    void navigate(paths.console.record.to(recordType, result.id), { state });
  };
}

/** Adds a customer or marketing contact by hand. */
export function NewRecordPage() {
  const { t } = useTranslation('registers');
  const recordType = recordTypeOfSegment(useParams().recordType);
  const showSaved = useShowSaved(recordType ?? 'customer');
  if (!recordType) return <NotFoundPage />;
  return (
    <Page title={t(`form.newTitle.${recordType}`)} lead={t('form.lead')}>
      <p>
        <Link to={paths.console.holdings}>{t('record.backToHoldings')}</Link>
      </p>
      <HandRecordForm
        recordType={recordType}
        recordId={null}
        initialValues={emptyHandValues()}
        cancelTo={paths.console.holdings}
        onSaved={showSaved}
      />
    </Page>
  );
}

/** Edits a customer or marketing contact by hand, starting from what the register holds. */
export function EditRecordPage() {
  const params = useParams();
  const recordType = recordTypeOfSegment(params.recordType);
  if (!recordType) return <NotFoundPage />;
  return <EditRecord recordType={recordType} recordId={params.recordId ?? ''} />;
}

function EditRecord({
  recordType,
  recordId,
}: {
  recordType: LinkableRecordType;
  recordId: string;
}) {
  const { t } = useTranslation('registers');
  const history = useRecordHistory(recordType, recordId);
  const showSaved = useShowSaved(recordType);
  const view = history.data ? readRecordView(history.data.record) : null;
  const recordPath = paths.console.record.to(recordType, recordId);
  return (
    <Page
      title={view ? t('form.editTitle', { name: recordName(view) }) : t('record.loadingTitle')}
      lead={t('form.editLead')}
    >
      <p>
        <Link to={recordPath}>{view ? recordName(view) : t('record.loadingTitle')}</Link>
      </p>
      <QueryView query={history}>
        {(data) => (
          <HandRecordForm
            recordType={recordType}
            recordId={recordId}
            initialValues={handValuesFromView(readRecordView(data.record))}
            cancelTo={recordPath}
            onSaved={showSaved}
          />
        )}
      </QueryView>
    </Page>
  );
}
