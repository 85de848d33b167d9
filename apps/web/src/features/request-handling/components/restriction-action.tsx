import {
  applyRestrictionInputSchema,
  art18Grounds,
  informBeforeLiftInputSchema,
  type Art18Ground,
  type ConsoleRequestDetail,
  type RestrictionView,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useApplyRestriction } from '../api/apply-restriction';
import { useInformBeforeLift } from '../api/inform-before-lift';
import { useLiftRestriction } from '../api/lift-restriction';
import { usePreviewRestriction } from '../api/preview-restriction';
import { ActionSection } from './action-section';

function initialGround(details: unknown): Art18Ground | '' {
  const ground = (details as { ground?: unknown } | null)?.ground;
  return (art18Grounds as readonly unknown[]).includes(ground) ? (ground as Art18Ground) : '';
}

/** GDPR Art. 18(1): restrict the confirmed records; Art. 18(3): tell the subject before lifting. */
export function RestrictionAction({
  request,
  canApply,
}: {
  request: ConsoleRequestDetail;
  canApply: boolean;
}) {
  const { t } = useTranslation('console');
  const form = useContractForm<
    { ground: Art18Ground | ''; reason: string },
    typeof applyRestrictionInputSchema
  >({
    formId: 'restriction',
    schema: applyRestrictionInputSchema,
    defaultValues: { ground: initialGround(request.details), reason: '' },
    toInput: ({ ground, reason }) => ({
      version: request.version,
      ground: ground === '' ? undefined : ground,
      reason,
    }),
  });
  const preview = usePreviewRestriction(request.id);
  const apply = useApplyRestriction(request.id);
  const [appliedCount, setAppliedCount] = useState<number | null>(null);
  const ground = form.bind('ground');

  function runPreview() {
    if (ground.value === '') {
      form.setIssues([{ path: 'ground', message: t('actions.restriction.chooseGround') }]);
      return;
    }
    form.clear();
    setAppliedCount(null);
    preview.mutate(ground.value);
  }

  const submit = form.onSubmit((input) => {
    if (apply.isPending) return;
    apply.mutate(input, {
      onSuccess: (result) => {
        setAppliedCount(result.restrictionIds.length);
        form.methods.setValue('reason', '');
        preview.reset();
      },
      onError: form.showError,
    });
  });

  const active = request.restrictions.filter((restriction) => restriction.liftedAt === null);
  const labels: Record<string, string> = {
    ground: t('actions.restriction.ground'),
    reason: t('actions.restriction.reason'),
  };

  return (
    <ActionSection
      id="restriction"
      title={t('actions.restriction.title')}
      article={t('actions.restriction.article')}
    >
      <p>{t('actions.restriction.help')}</p>
      {appliedCount !== null ? (
        <Notice tone="success">
          <p>{t('actions.restriction.applied', { count: appliedCount })}</p>
          <p>{t('actions.art19Reminder')}</p>
        </Notice>
      ) : null}
      {canApply ? (
        <form id={form.formId} noValidate onSubmit={submit} className="form form--wide">
          <ErrorSummary form={form} labelFor={(path) => labels[path]} />
          {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
          <RadioGroup
            form={form}
            path="ground"
            legend={labels.ground}
            value={ground.value}
            onChange={(value) => {
              ground.onChange(value);
              preview.reset();
            }}
            options={art18Grounds.map((value) => ({ value, label: t(`grounds.${value}`) }))}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={preview.isPending || undefined}
              onClick={() => !preview.isPending && runPreview()}
            >
              {preview.isPending ? t('actions.previewing') : t('actions.preview')}
            </button>
          </div>
          {preview.data ? (
            <>
              <h4>{t('actions.restriction.covers')}</h4>
              {preview.data.records.length === 0 ? (
                <p>{t('actions.restriction.nothing')}</p>
              ) : (
                <ul>
                  {preview.data.records.map((record) => (
                    <li key={record.recordId}>
                      {t(`records.kinds.${record.recordType}`)}: {record.label}
                      {record.isAlreadyRestricted ? (
                        <span className="tag tag--muted">{t('actions.restriction.already')}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              <TextAreaField
                form={form}
                path="reason"
                label={labels.reason}
                hint={t('actions.restriction.reasonHint')}
                rows={3}
                {...form.bind('reason')}
              />
              <SubmitButton isPending={apply.isPending} pendingLabel={t('actions.applying')}>
                {t('actions.restriction.apply')}
              </SubmitButton>
            </>
          ) : null}
        </form>
      ) : null}
      <h4>{t('actions.restriction.activeTitle')}</h4>
      {active.length === 0 ? (
        <p>{t('actions.restriction.noneActive')}</p>
      ) : (
        <ul className="plain-list">
          {active.map((restriction) => (
            <ActiveRestriction
              key={restriction.id}
              request={request}
              restriction={restriction}
              canWrite={canApply}
            />
          ))}
        </ul>
      )}
    </ActionSection>
  );
}

function ActiveRestriction({
  request,
  restriction,
  canWrite,
}: {
  request: ConsoleRequestDetail;
  restriction: RestrictionView;
  canWrite: boolean;
}) {
  const { t } = useTranslation('console');
  const form = useContractForm<{ message: string }, typeof informBeforeLiftInputSchema>({
    formId: `inform-${restriction.id}`,
    schema: informBeforeLiftInputSchema,
    defaultValues: { message: '' },
    toInput: ({ message }) => ({ version: request.version, message }),
  });
  const inform = useInformBeforeLift(request.id);
  const lift = useLiftRestriction(request.id);

  const submitInform = form.onSubmit((input) => {
    if (inform.isPending) return;
    inform.mutate(
      { ...input, restrictionId: restriction.id },
      { onSuccess: () => form.methods.reset({ message: '' }), onError: form.showError },
    );
  });

  return (
    <li className="subform">
      <p>
        <strong>{t(`records.kinds.${restriction.recordType}`)}</strong> ·{' '}
        {t(`grounds.${restriction.ground}`)} · <DateTime value={restriction.setAt} />
      </p>
      <p className="pre-wrap">{restriction.reason}</p>
      {lift.error ? <Notice tone="error">{lift.error.message}</Notice> : null}
      {!canWrite ||
      restriction.ground === 'legal_hold_17_3_b' ? null : restriction.subjectInformedAt ? (
        <>
          <p>
            {t('actions.restriction.informedAt')} <DateTime value={restriction.subjectInformedAt} />
          </p>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={lift.isPending || undefined}
            onClick={() =>
              !lift.isPending &&
              lift.mutate({ version: request.version, restrictionId: restriction.id })
            }
          >
            {t('actions.restriction.lift')}
          </button>
        </>
      ) : (
        <form id={form.formId} noValidate onSubmit={submitInform} className="form">
          <p className="hint">{t('actions.restriction.informFirst')}</p>
          <ErrorSummary
            form={form}
            labelFor={(path) =>
              path === 'message' ? t('actions.restriction.informMessage') : undefined
            }
          />
          <TextAreaField
            form={form}
            path="message"
            label={t('actions.restriction.informMessage')}
            rows={3}
            {...form.bind('message')}
          />
          <SubmitButton isPending={inform.isPending} variant="secondary">
            {t('actions.restriction.inform')}
          </SubmitButton>
        </form>
      )}
    </li>
  );
}
