import {
  requestIdentityInfoInputSchema,
  verifyIdentityInputSchema,
  type ConsoleRequestDetail,
} from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime, LocalDate } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { usePreviewIdentityQuestion } from '../api/preview-identity-question';
import { useRequestIdentityInfo } from '../api/request-identity-info';
import { useVerifyIdentity } from '../api/verify-identity';

/** Which identity step just succeeded, named after its text in `identity.*`. */
type IdentityConfirmation = 'verified' | 'asked' | 'askedLate';

/**
 * How the person proved who they are, and the two identity steps: record the
 * check, or ask for more only with reasonable doubt (GDPR Art. 12(6); EDPB
 * 01/2022 §§65, 73–75: no ID copies from a person already authenticated).
 */
export function IdentityPanel({
  request,
  canWrite,
}: {
  request: ConsoleRequestDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('console');
  const { identity } = request;
  // The check can be recorded at any point before the request is closed, not
  // only after asking for more information (the API accepts it likewise).
  const canVerify =
    canWrite &&
    !identity.identityVerifiedAt &&
    ['received', 'identity_pending', 'in_progress'].includes(request.status);
  const canAsk = canWrite && request.allowedActions.includes('request_identity');
  // Held here, not in the forms: a successful step usually hides its own form
  // (the check is recorded, or the request now waits for the answer), and the
  // confirmation must outlive it to be seen and announced.
  const [confirmation, setConfirmation] = useState<IdentityConfirmation | null>(null);
  return (
    <section aria-labelledby="identity-heading" className="panel">
      <h2 id="identity-heading">{t('identity.title')}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('identity.emailVerified')}</dt>
          <dd>
            {identity.emailVerifiedAt ? (
              <DateTime value={identity.emailVerifiedAt} />
            ) : (
              t('identity.notVerified')
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('identity.signInMethod')}</dt>
          <dd>{t(`identity.methods.${identity.signInMethod}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('identity.checked')}</dt>
          <dd>
            {identity.identityVerifiedAt ? (
              <>
                <DateTime value={identity.identityVerifiedAt} />
                {identity.identityVerifiedBy ? ` – ${identity.identityVerifiedBy.name}` : null}
                {identity.identityNote ? <p className="pre-wrap">{identity.identityNote}</p> : null}
              </>
            ) : (
              t('identity.notChecked')
            )}
          </dd>
        </div>
      </dl>
      {request.status === 'identity_pending' ? (
        <Notice tone="warning" isLive={false}>
          <p>{t('identity.waiting')}</p>
          {request.openIdentityQuestion && !request.openIdentityQuestion.isRefusalOffered ? (
            <p>
              {t('identity.reminderOn')}{' '}
              <LocalDate value={request.openIdentityQuestion.reminderDate} />
            </p>
          ) : null}
        </Notice>
      ) : null}
      {request.openIdentityQuestion?.isRefusalOffered ? (
        <Notice tone="warning" isLive={false} title={t('identity.unansweredTitle')}>
          <p>
            {t('identity.unansweredSince')}{' '}
            <DateTime value={request.openIdentityQuestion.askedAt} />
          </p>
          <p>{t('identity.unansweredRefusal')}</p>
          {canWrite && request.allowedActions.includes('refuse') ? (
            <p>
              <a href="#refusal">{t('identity.unansweredRefusalLink')}</a>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <div role="status" aria-live="polite">
        {confirmation ? (
          <Notice tone="success" isLive={false}>
            {t(`identity.${confirmation}`)}
          </Notice>
        ) : null}
      </div>
      {canVerify ? <VerifyIdentityForm request={request} onConfirmation={setConfirmation} /> : null}
      {canAsk ? <AskIdentityForm request={request} onConfirmation={setConfirmation} /> : null}
    </section>
  );
}

interface IdentityFormProps {
  request: ConsoleRequestDetail;
  onConfirmation: (confirmation: IdentityConfirmation | null) => void;
}

function VerifyIdentityForm({ request, onConfirmation }: IdentityFormProps) {
  const { t } = useTranslation('console');
  const form = useContractForm<{ note: string }, typeof verifyIdentityInputSchema>({
    formId: 'verify-identity',
    schema: verifyIdentityInputSchema,
    defaultValues: { note: '' },
    toInput: ({ note }) => ({ version: request.version, note }),
  });
  const verify = useVerifyIdentity(request.id);

  const send = form.onSubmit((input) => {
    if (verify.isPending) return;
    verify.mutate(input, {
      onSuccess: () => {
        form.methods.reset({ note: '' });
        onConfirmation('verified');
      },
      onError: form.showError,
    });
  });
  // A new attempt clears the last confirmation, whether or not the form is valid.
  const submit = (event: FormEvent) => {
    onConfirmation(null);
    void send(event);
  };

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form subform">
      <h3>{t('identity.verifyTitle')}</h3>
      <ErrorSummary
        form={form}
        labelFor={(path) => (path === 'note' ? t('identity.verifyNote') : undefined)}
      />
      <TextAreaField
        form={form}
        path="note"
        label={t('identity.verifyNote')}
        hint={t('identity.verifyNoteHint')}
        rows={3}
        {...form.bind('note')}
      />
      <SubmitButton isPending={verify.isPending}>{t('identity.verifySubmit')}</SubmitButton>
    </form>
  );
}

function AskIdentityForm({ request, onConfirmation }: IdentityFormProps) {
  const { t } = useTranslation('console');
  const preview = usePreviewIdentityQuestion(request.id, request.version);
  const form = useContractForm<
    { question: string; reason: string },
    typeof requestIdentityInfoInputSchema
  >({
    formId: 'ask-identity',
    schema: requestIdentityInfoInputSchema,
    defaultValues: { question: '', reason: '' },
    toInput: ({ question, reason }) => ({
      version: request.version,
      question,
      ...(reason.trim() === '' ? {} : { reason }),
    }),
  });
  const ask = useRequestIdentityInfo(request.id);
  const facts = preview.data;

  const send = form.onSubmit((input) => {
    if (ask.isPending) return;
    if (facts?.isReasonRequired && !input.reason) {
      form.setIssues([{ path: 'reason', message: t('identity.reasonRequired') }]);
      return;
    }
    ask.mutate(input, {
      onSuccess: (result) => {
        form.methods.reset({ question: '', reason: '' });
        onConfirmation(result.isLate ? 'askedLate' : 'asked');
      },
      onError: form.showError,
    });
  });
  // A new attempt clears the last confirmation, whether or not the form is valid.
  const submit = (event: FormEvent) => {
    onConfirmation(null);
    void send(event);
  };
  const labels: Record<string, string> = {
    question: t('identity.question'),
    reason: t('identity.reason'),
  };

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form subform">
      <h3>{t('identity.askTitle')}</h3>
      <p className="hint">{t('identity.askHelp')}</p>
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {facts?.isLate ? (
        <Notice tone="warning" isLive={false} title={t('identity.lateTitle')}>
          <p>
            {t('identity.late', {
              days: facts.workingDaysSinceReceipt,
              limit: facts.limitWorkingDays,
            })}
          </p>
        </Notice>
      ) : null}
      {facts?.isReasonRequired ? (
        <TextAreaField
          form={form}
          path="reason"
          label={labels.reason}
          hint={t('identity.reasonHint')}
          rows={3}
          {...form.bind('reason')}
        />
      ) : null}
      <TextAreaField
        form={form}
        path="question"
        label={labels.question}
        hint={t('identity.questionHint')}
        {...form.bind('question')}
      />
      <SubmitButton isPending={ask.isPending} variant="secondary">
        {t('identity.askSubmit')}
      </SubmitButton>
    </form>
  );
}
