import {
  auditActionSchema,
  auditActions,
  auditQuerySchema,
  type AuditAction,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextField } from '../../components/fields';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useAuditEntries, type AuditParams } from '../../features/audit/api/list-audit-entries';
import { AuditTable } from '../../features/audit/components/audit-table';
import { useContractForm } from '../../lib/use-contract-form';
import { useLocale } from '../../lib/use-locale';
import { auditActionLabelKey } from '../../lib/vocabulary-labels';

interface AuditFilter {
  requestId: string;
  actorId: string;
  action: AuditAction | '';
}

export function AuditPage() {
  const { t } = useTranslation('console');
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  // A link with an action that is not in the vocabulary filters on nothing.
  const action = auditActionSchema.safeParse(searchParams.get('action'));
  const filters: AuditParams = {
    ...(searchParams.get('requestId') ? { requestId: searchParams.get('requestId') ?? '' } : {}),
    ...(searchParams.get('actorId') ? { actorId: searchParams.get('actorId') ?? '' } : {}),
    ...(action.success ? { action: action.data } : {}),
  };
  const [before, setBefore] = useState<number[]>([]);
  const page = useAuditEntries({
    ...filters,
    ...(before.length > 0 ? { before: before.at(-1) } : {}),
  });
  const form = useContractForm<AuditFilter, typeof auditQuerySchema>({
    formId: 'audit-filter',
    schema: auditQuerySchema,
    defaultValues: {
      requestId: filters.requestId ?? '',
      actorId: filters.actorId ?? '',
      action: filters.action ?? '',
    },
    // A blank filter filters on nothing and is left out.
    toInput: (values) =>
      Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')),
  });
  const collator = new Intl.Collator(locale);
  const actionOptions = auditActions
    .map((value) => ({ value, label: t(auditActionLabelKey(value)) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const labels: Record<string, string> = {
    requestId: t('audit.filterRequest'),
    actorId: t('audit.filterActor'),
    action: t('audit.filterAction'),
  };

  const submit = form.onSubmit((input) => {
    setBefore([]);
    setSearchParams(
      new URLSearchParams(Object.entries(input).map(([key, value]) => [key, String(value).trim()])),
    );
  });

  return (
    <Page title={t('audit.title')} lead={t('audit.lead')} wide>
      <form id={form.formId} noValidate onSubmit={submit} role="search" className="filters">
        <ErrorSummary form={form} labelFor={(path) => labels[path]} />
        <div className="filters__grid">
          <TextField
            form={form}
            path="requestId"
            label={labels.requestId}
            isOptional
            {...form.bind('requestId')}
          />
          <TextField
            form={form}
            path="actorId"
            label={labels.actorId}
            isOptional
            {...form.bind('actorId')}
          />
          <SelectField
            form={form}
            path="action"
            label={labels.action}
            isOptional
            {...form.bind('action')}
            options={actionOptions}
            placeholder={t('audit.allActions')}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('audit.filter')}
          </button>
        </div>
      </form>
      <QueryView query={page}>
        {(data) => (
          <>
            <AuditTable entries={data.items} />
            <div className="button-row">
              {before.length > 0 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setBefore((b) => b.slice(0, -1))}
                >
                  {t('audit.newer')}
                </button>
              ) : null}
              {data.nextBefore !== null ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    const next = data.nextBefore;
                    if (next !== null) setBefore((b) => [...b, next]);
                  }}
                >
                  {t('audit.older')}
                </button>
              ) : null}
            </div>
          </>
        )}
      </QueryView>
    </Page>
  );
}
