import {
  recordRegisterReviewInputSchema,
  type RegisterReviewsResponse,
  type RegisterReviewStatus,
} from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDate } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { TableScroll } from '../../../components/table-scroll';
import { useContractForm } from '../../../lib/use-contract-form';
import { useLocale } from '../../../lib/use-locale';
import { useRecordRegisterReview } from '../api/register-reviews';
import { InactiveCustomersTable } from './inactive-customers-table';

/**
 * Where each register stands in the retention review the privacy notice
 * promises (Art. 5(1)(e): kept no longer than necessary; Art. 5(2): shown to
 * have been checked), and the admin's record of a review with its conclusions.
 */
export function RegisterReviewsPanel({
  data,
  recordLink,
}: {
  data: RegisterReviewsResponse;
  /** Links a flagged customer to the record where the end of relationship is entered. */
  recordLink?: (customerId: string, name: string) => React.ReactNode;
}) {
  const { t } = useTranslation('console');
  const locale = useLocale();
  const form = useContractForm<
    { registerId: RegisterReviewStatus['registerId'] | ''; notes: string },
    typeof recordRegisterReviewInputSchema
  >({
    formId: 'register-review',
    schema: recordRegisterReviewInputSchema,
    defaultValues: { registerId: '', notes: '' },
    toInput: ({ registerId, notes }) => ({
      registerId: registerId === '' ? undefined : registerId,
      notes,
    }),
  });
  const record = useRecordRegisterReview();
  const [done, setDone] = useState(false);
  const labels: Record<string, string> = {
    registerId: t('housekeeping.reviews.register'),
    notes: t('housekeeping.reviews.notes'),
  };

  const send = form.onSubmit((input) => {
    if (record.isPending) return;
    record.mutate(input, {
      onSuccess: () => {
        form.methods.setValue('notes', '');
        setDone(true);
      },
      onError: form.showError,
    });
  });
  // A new attempt clears the last confirmation, whether or not the form is valid.
  const submit = (event: FormEvent) => {
    if (!record.isPending) setDone(false);
    void send(event);
  };

  return (
    <>
      <TableScroll>
        <table className="table">
          <caption className="visually-hidden">{t('housekeeping.reviews.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('housekeeping.reviews.register')}</th>
              <th scope="col">{t('housekeeping.reviews.last')}</th>
              <th scope="col">{t('housekeeping.reviews.next')}</th>
            </tr>
          </thead>
          <tbody>
            {data.registers.map((register) => (
              <tr key={register.registerId}>
                <th scope="row">{register.name[locale]}</th>
                <td>
                  {register.lastReviewedOn ? <LocalDate value={register.lastReviewedOn} /> : '—'}
                  {register.lastReview?.reviewedBy ? (
                    <>
                      <br />
                      <span className="hint">{register.lastReview.reviewedBy.name}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {register.nextDueOn ? <LocalDate value={register.nextDueOn} /> : '—'}{' '}
                  {register.isDue ? (
                    <span className="tag tag--overdue">{t('housekeeping.reviews.due')}</span>
                  ) : null}
                  <br />
                  <span className="hint">
                    {t('housekeeping.reviews.interval', { count: register.intervalYears })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <InactiveCustomersTable inactive={data.inactiveCustomers} recordLink={recordLink} />
      <form id={form.formId} noValidate onSubmit={submit} className="form subform">
        <h3>{t('housekeeping.reviews.recordTitle')}</h3>
        <ErrorSummary form={form} labelFor={(path) => labels[path]} />
        {done ? <Notice tone="success">{t('housekeeping.reviews.recorded')}</Notice> : null}
        <RadioGroup
          form={form}
          path="registerId"
          legend={labels.registerId}
          {...form.bind('registerId')}
          options={data.registers.map((register) => ({
            value: register.registerId,
            label: register.name[locale],
          }))}
        />
        <TextAreaField
          form={form}
          path="notes"
          label={labels.notes}
          hint={t('housekeeping.reviews.notesHint')}
          rows={4}
          {...form.bind('notes')}
        />
        <SubmitButton isPending={record.isPending}>{t('housekeeping.reviews.record')}</SubmitButton>
      </form>
    </>
  );
}
