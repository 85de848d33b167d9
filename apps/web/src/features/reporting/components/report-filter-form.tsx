import {
  registerIds,
  reportPeriodKinds,
  reportQuerySchema,
  requestChannels,
  requestTypes,
  type ReportFilterQuery,
  type StaffRef,
} from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/fields';
import { useContractForm } from '../../../lib/use-contract-form';
import { inputFromValues, valuesFromQuery, type ReportFilterValues } from './report-filter-values';

/** The ten years up to this one, and the one shown if it is older. */
function yearOptions(currentYear: number, shown: number | undefined) {
  const years = Array.from({ length: 10 }, (_, i) => currentYear - i);
  if (shown !== undefined && !years.includes(shown)) years.push(shown);
  return years.map((year) => ({ value: String(year), label: String(year) }));
}

/**
 * Period and filters of the report, checked with the API's own contract
 * (a custom period needs both days, in order). Applied on submit, so each
 * change is one request.
 */
export function ReportFilterForm({
  query,
  currentYear,
  handlerOptions,
  canChooseHandler,
  onApply,
}: {
  query: ReportFilterQuery;
  currentYear: number;
  handlerOptions: readonly StaffRef[];
  canChooseHandler: boolean;
  onApply: (query: ReportFilterQuery) => void;
}) {
  const { t } = useTranslation('reporting');
  const { t: tc } = useTranslation();
  const form = useContractForm<ReportFilterValues, typeof reportQuerySchema>({
    formId: 'report-filter',
    schema: reportQuerySchema,
    defaultValues: valuesFromQuery(query, currentYear),
    toInput: inputFromValues,
  });
  const period = form.methods.getValues('period');
  const labels: Record<string, string> = {
    period: t('filters.period'),
    year: t('filters.year'),
    from: t('filters.from'),
    to: t('filters.to'),
    type: t('filters.type'),
    register: t('filters.register'),
    channel: t('filters.channel'),
    handler: t('filters.handler'),
  };
  return (
    <form
      id={form.formId}
      noValidate
      onSubmit={form.onSubmit(onApply)}
      className="filters report-no-print"
      aria-label={t('filters.label')}
    >
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <div className="filters__grid">
        <SelectField
          form={form}
          path="period"
          label={labels.period}
          {...form.bind('period')}
          onChange={(value) => {
            if (value) form.bind('period').onChange(value);
          }}
          options={reportPeriodKinds.map((kind) => ({
            value: kind,
            label: t(`filters.periods.${kind}`),
          }))}
        />
        {period === 'year' ? (
          <SelectField
            form={form}
            path="year"
            label={labels.year}
            {...form.bind('year')}
            options={yearOptions(currentYear, query.year)}
          />
        ) : null}
        {period === 'custom' ? (
          <>
            <TextField
              form={form}
              path="from"
              type="date"
              label={labels.from}
              {...form.bind('from')}
            />
            <TextField form={form} path="to" type="date" label={labels.to} {...form.bind('to')} />
          </>
        ) : null}
        <SelectField
          form={form}
          path="type"
          label={labels.type}
          {...form.bind('type')}
          placeholder={t('filters.all')}
          options={requestTypes.map((type) => ({ value: type, label: tc(`requestType.${type}`) }))}
        />
        <SelectField
          form={form}
          path="register"
          label={labels.register}
          {...form.bind('register')}
          placeholder={t('filters.all')}
          options={registerIds.map((id) => ({ value: id, label: tc(`register.${id}`) }))}
        />
        <SelectField
          form={form}
          path="channel"
          label={labels.channel}
          {...form.bind('channel')}
          placeholder={t('filters.all')}
          options={requestChannels.map((channel) => ({
            value: channel,
            label: tc(`requestChannel.${channel}`),
          }))}
        />
        {canChooseHandler ? (
          <SelectField
            form={form}
            path="handler"
            label={labels.handler}
            {...form.bind('handler')}
            placeholder={t('filters.all')}
            options={handlerOptions.map((staff) => ({ value: staff.id, label: staff.name }))}
          />
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('filters.apply')}
        </button>
      </div>
    </form>
  );
}
