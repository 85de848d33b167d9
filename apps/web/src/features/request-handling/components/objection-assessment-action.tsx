import {
  assessObjectionInputSchema,
  objectionAssessmentOutcomes,
  type ConsoleRequestDetail,
  type ObjectionAssessmentOutcome,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAssessObjection } from '../api/assess-objection';
import { ActionSection } from './action-section';

/**
 * GDPR Art. 21(1): the person objected to processing based on legitimate
 * interests, with grounds relating to their particular situation. The
 * handler weighs them: only compelling legitimate grounds that override the
 * person's interests, rights and freedoms (or legal claims) let processing go
 * on. The reasons reach the person either way; without overriding grounds the
 * confirmed records are marked `objection_21_1` and only stored from then on.
 */
export function ObjectionAssessmentAction({
  request,
  canApply,
}: {
  request: ConsoleRequestDetail;
  canApply: boolean;
}) {
  const { t } = useTranslation('console');
  const assessment = request.timeline.find((event) => event.type === 'objection_assessed');
  const outcome = (assessment?.data as { outcome?: ObjectionAssessmentOutcome } | null)?.outcome;
  return (
    <ActionSection
      id="objection-assessment"
      title={t('actions.objectionAssessment.title')}
      article={t('actions.objectionAssessment.article')}
    >
      <p>{t('actions.objectionAssessment.help')}</p>
      {outcome ? (
        <Notice tone="info" isLive={false}>
          <p>{t(`actions.objectionAssessment.done.${outcome}`)}</p>
        </Notice>
      ) : canApply ? (
        <AssessmentForm request={request} />
      ) : null}
    </ActionSection>
  );
}

function AssessmentForm({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const assess = useAssessObjection(request.id);
  const [isDone, setIsDone] = useState(false);
  const form = useContractForm<
    { outcome: ObjectionAssessmentOutcome | ''; reasons: string },
    typeof assessObjectionInputSchema
  >({
    formId: 'objection-assessment',
    schema: assessObjectionInputSchema,
    defaultValues: { outcome: '', reasons: '' },
    toInput: ({ outcome, reasons }) => ({
      version: request.version,
      outcome: outcome === '' ? undefined : outcome,
      reasons,
    }),
  });
  const submit = form.onSubmit((input) => {
    if (assess.isPending) return;
    assess.mutate(input, { onSuccess: () => setIsDone(true), onError: form.showError });
  });
  const labels: Record<string, string> = {
    outcome: t('actions.objectionAssessment.outcome'),
    reasons: t('actions.objectionAssessment.reasons'),
  };
  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form form--wide">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {isDone ? <Notice tone="success">{t('actions.objectionAssessment.saved')}</Notice> : null}
      <RadioGroup
        form={form}
        path="outcome"
        legend={labels.outcome}
        {...form.bind('outcome')}
        options={objectionAssessmentOutcomes.map((value) => ({
          value,
          label: t(`actions.objectionAssessment.outcomes.${value}.label`),
          hint: t(`actions.objectionAssessment.outcomes.${value}.hint`),
        }))}
      />
      <TextAreaField
        form={form}
        path="reasons"
        label={labels.reasons}
        hint={t('actions.objectionAssessment.reasonsHint', { language: request.locale })}
        rows={8}
        {...form.bind('reasons')}
      />
      <SubmitButton isPending={assess.isPending} pendingLabel={t('actions.applying')}>
        {t('actions.objectionAssessment.apply')}
      </SubmitButton>
    </form>
  );
}
