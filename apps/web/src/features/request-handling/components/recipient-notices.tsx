import { addRecipientNoticeInputSchema, type ConsoleRequestDetail } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAddRecipientNotice } from '../api/add-recipient-notice';
import { useRecipientSuggestions } from '../api/list-recipient-suggestions';
import { ActionSection } from './action-section';

/** `datetime-local` value for now, in the browser's own time. */
function localNow(now: Date): string {
  const shifted = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * GDPR Art. 19: each recipient of the data is told of a rectification,
 * erasure or restriction, unless impossible or disproportionate; the
 * subject may ask who they are.
 */
export function RecipientNotices({
  request,
  canWrite,
}: {
  request: ConsoleRequestDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('console');
  const form = useContractForm<
    { recipientName: string; notifiedAt: string; method: string },
    typeof addRecipientNoticeInputSchema
  >({
    formId: 'recipient-notice',
    schema: addRecipientNoticeInputSchema,
    defaultValues: { recipientName: '', notifiedAt: localNow(new Date()), method: '' },
    toInput: ({ recipientName, notifiedAt, method }) => {
      const at = new Date(notifiedAt);
      return {
        version: request.version,
        recipientName,
        notifiedAt: Number.isNaN(at.getTime()) ? notifiedAt : at.toISOString(),
        method,
      };
    },
  });
  const suggestions = useRecipientSuggestions(request.id);
  const add = useAddRecipientNotice(request.id);
  const [done, setDone] = useState(false);

  const submit = form.onSubmit((input) => {
    if (add.isPending) return;
    setDone(false);
    add.mutate(input, {
      onSuccess: () => {
        form.methods.reset({ ...form.methods.getValues(), recipientName: '', method: '' });
        setDone(true);
      },
      onError: form.showError,
    });
  });

  const labels: Record<string, string> = {
    recipientName: t('actions.recipients.name'),
    notifiedAt: t('actions.recipients.notifiedAt'),
    method: t('actions.recipients.method'),
  };

  return (
    <ActionSection
      id="recipients"
      title={t('actions.recipients.title')}
      article={t('actions.recipients.article')}
    >
      <p>{t('actions.recipients.help')}</p>
      {request.recipientNotices.length === 0 ? (
        <p>{t('actions.recipients.none')}</p>
      ) : (
        <ul className="plain-list">
          {request.recipientNotices.map((notice) => (
            <li key={notice.id}>
              <strong>{notice.recipientName}</strong> – <DateTime value={notice.notifiedAt} /> –{' '}
              {notice.method}
              {notice.staff ? <span className="hint"> ({notice.staff.name})</span> : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form id={form.formId} noValidate onSubmit={submit} className="form subform">
          <h4>{t('actions.recipients.add')}</h4>
          <ErrorSummary form={form} labelFor={(path) => labels[path]} />
          {done ? <Notice tone="success">{t('actions.recipients.added')}</Notice> : null}
          <TextField
            form={form}
            path="recipientName"
            label={labels.recipientName}
            hint={
              suggestions.data && suggestions.data.items.length > 0
                ? t('actions.recipients.suggestions', {
                    names: suggestions.data.items.map((item) => item.name).join(', '),
                  })
                : undefined
            }
            list="recipient-suggestions"
            {...form.bind('recipientName')}
          />
          <datalist id="recipient-suggestions">
            {suggestions.data?.items.map((item) => (
              <option key={item.id} value={item.name} />
            ))}
          </datalist>
          <TextField
            form={form}
            path="notifiedAt"
            label={labels.notifiedAt}
            type="datetime-local"
            width="medium"
            {...form.bind('notifiedAt')}
          />
          <TextField
            form={form}
            path="method"
            label={labels.method}
            hint={t('actions.recipients.methodHint')}
            {...form.bind('method')}
          />
          <SubmitButton isPending={add.isPending} variant="secondary">
            {t('actions.recipients.submit')}
          </SubmitButton>
        </form>
      ) : null}
    </ActionSection>
  );
}
