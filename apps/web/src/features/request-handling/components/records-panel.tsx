import {
  registerSearchQuerySchema,
  type ConsoleRequestDetail,
  type LinkableRecordType,
  type RegisterSearchHit,
  type RegisterSearchQuery,
} from '@oikeus/contracts';
import { RECORD_SOURCES, type RecordSource } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { QueryView } from '../../../components/query-view';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRegisterSearch } from '../api/search-registers';
import { useUpdateRecordLinks } from '../api/update-record-links';
import { TableScroll } from '../../../components/table-scroll';

/**
 * Which register records are the subject's. Every register action works on
 * the confirmed records only, so a look-alike is never changed by mistake.
 */
export function RecordsPanel({
  request,
  canWrite,
  recordHref,
}: {
  request: ConsoleRequestDetail;
  canWrite: boolean;
  /** Where a record's own page is (the route composes it from the register pages). */
  recordHref?: RecordHref;
}) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation('common');
  const update = useUpdateRecordLinks(request.id);
  const isOpen = request.closedAt === null;
  return (
    <section aria-labelledby="records-heading" className="panel">
      <h2 id="records-heading">{t('records.title')}</h2>
      <p className="hint">{t('records.help')}</p>
      {request.unnamedRegisterMatches.length > 0 ? (
        <Notice tone="warning">
          {t('records.unnamedMatches', {
            registers: request.unnamedRegisterMatches
              .map((match) => tc(`register.${match.register}`))
              .join(', '),
          })}
        </Notice>
      ) : null}
      {update.error ? <Notice tone="error">{update.error.message}</Notice> : null}
      {request.records.length === 0 ? (
        <p>{t('records.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="visually-hidden">{t('records.confirmedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('records.record')}</th>
                <th scope="col">{t('records.kind')}</th>
                <th scope="col">{t('records.score')}</th>
                <th scope="col">{t('records.confirmedBy')}</th>
                {canWrite && isOpen ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('records.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {request.records.map((record) => (
                <tr key={record.id}>
                  <th scope="row">
                    {recordHref && !record.isGone ? (
                      <Link to={recordHref(record.recordType, record.recordId)}>
                        {record.label}
                      </Link>
                    ) : (
                      record.label
                    )}
                    {record.isGone ? (
                      <span className="tag tag--muted">{t('records.gone')}</span>
                    ) : null}
                  </th>
                  <td>{t(`records.kinds.${record.recordType}`)}</td>
                  <td>{record.matchScore}</td>
                  <td>
                    {record.confirmedBy?.name ?? '—'}, <DateTime value={record.confirmedAt} />
                  </td>
                  {canWrite && isOpen ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-disabled={update.isPending || undefined}
                        onClick={() =>
                          !update.isPending &&
                          update.mutate({
                            version: request.version,
                            confirm: [],
                            unconfirm: [
                              { recordType: record.recordType, recordId: record.recordId },
                            ],
                          })
                        }
                      >
                        {t('records.unconfirm', { record: record.label })}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canWrite && isOpen ? <RegisterSearch request={request} recordHref={recordHref} /> : null}
    </section>
  );
}

const searchTerms = ['email', 'phone', 'name', 'company', 'address'] as const;
type SearchTerms = Record<(typeof searchTerms)[number], string>;

type RecordHref = (recordType: LinkableRecordType, recordId: string) => string;

function RegisterSearch({
  request,
  recordHref,
}: {
  request: ConsoleRequestDetail;
  recordHref?: RecordHref | undefined;
}) {
  const { t } = useTranslation('console');
  const { identity } = request;
  const form = useContractForm<SearchTerms, typeof registerSearchQuerySchema>({
    formId: 'register-search',
    schema: registerSearchQuerySchema,
    defaultValues: {
      email: identity.accountEmail,
      phone: identity.accountPhone ?? '',
      name: identity.accountName,
      company: '',
      address: '',
    },
    // Blank terms are left out; the contract asks for at least one.
    toInput: (values) => ({
      ...Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== '')),
      requestId: request.id,
    }),
  });
  const [query, setQuery] = useState<RegisterSearchQuery | null>(null);
  const search = useRegisterSearch(query);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const update = useUpdateRecordLinks(request.id);
  const [confirmedCount, setConfirmedCount] = useState(0);

  const labels: Record<string, string> = {
    email: t('records.search.email'),
    phone: t('records.search.phone'),
    name: t('records.search.name'),
    company: t('records.search.company'),
    address: t('records.search.address'),
  };

  const submit = form.onSubmit((input) => {
    setSelected(new Set());
    setConfirmedCount(0);
    setQuery(input);
  });

  function toggle(hit: RegisterSearchHit, isChecked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (isChecked) next.add(hit.id);
      else next.delete(hit.id);
      return next;
    });
  }

  function confirmSelected(hits: RegisterSearchHit[]) {
    const chosen = hits.filter((hit) => selected.has(hit.id));
    if (chosen.length === 0 || update.isPending) return;
    update.mutate(
      {
        version: request.version,
        confirm: chosen.map((hit) => ({
          recordType: hit.recordType,
          recordId: hit.id,
          matchScore: hit.score,
        })),
        unconfirm: [],
      },
      {
        onSuccess: () => {
          setConfirmedCount(chosen.length);
          setSelected(new Set());
          // Refresh the hits' "confirmed" marks.
          void search.refetch();
        },
      },
    );
  }

  return (
    <div className="subform">
      <h3>{t('records.search.title')}</h3>
      <form id={form.formId} noValidate onSubmit={submit} role="search" className="form form--wide">
        <ErrorSummary form={form} labelFor={(path) => labels[path]} />
        <div className="filters__grid">
          {searchTerms.map((key) => (
            <TextField
              key={key}
              form={form}
              path={key}
              label={labels[key]}
              isOptional
              {...form.bind(key)}
            />
          ))}
        </div>
        {form.errorFor('') ? <p className="field__error">{form.errorFor('')}</p> : null}
        <SubmitButton
          isPending={search.isFetching}
          pendingLabel={t('records.search.searching')}
          variant="secondary"
        >
          {t('records.search.submit')}
        </SubmitButton>
      </form>
      {query ? (
        <QueryView query={search}>
          {(result) => (
            <>
              <p role="status" aria-live="polite">
                {t('records.search.count', { count: result.items.length })}
                {result.isTruncated ? ` ${t('records.search.truncated')}` : null}
              </p>
              {confirmedCount > 0 ? (
                <Notice tone="success">
                  {t('records.search.confirmed', { count: confirmedCount })}
                </Notice>
              ) : null}
              {update.error ? <Notice tone="error">{update.error.message}</Notice> : null}
              {result.items.length > 0 ? (
                <>
                  <TableScroll>
                    <table className="table table--compact">
                      <caption className="visually-hidden">{t('records.search.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('records.search.choose')}</th>
                          <th scope="col">{t('records.record')}</th>
                          <th scope="col">{t('records.search.contact')}</th>
                          <th scope="col">{t('records.score')}</th>
                          <th scope="col">{t('records.search.source')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {result.items.map((hit) => (
                          <SearchHitRow
                            key={hit.id}
                            hit={hit}
                            href={recordHref?.(hit.recordType, hit.id)}
                            isSelected={selected.has(hit.id)}
                            onToggle={(isChecked) => toggle(hit, isChecked)}
                          />
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--primary"
                      aria-disabled={selected.size === 0 || update.isPending || undefined}
                      onClick={() => confirmSelected(result.items)}
                    >
                      {t('records.search.confirmSelected', { count: selected.size })}
                    </button>
                  </div>
                </>
              ) : null}
            </>
          )}
        </QueryView>
      ) : null}
    </div>
  );
}

function SearchHitRow({
  hit,
  href,
  isSelected,
  onToggle,
}: {
  hit: RegisterSearchHit;
  href?: string | undefined;
  isSelected: boolean;
  onToggle: (isChecked: boolean) => void;
}) {
  const { t } = useTranslation('console');
  const name = `${hit.firstName} ${hit.lastName}`;
  const checkboxId = `hit-${hit.id}`;
  return (
    <tr>
      <td>
        {hit.isConfirmed ? (
          <span className="tag tag--completed">{t('records.search.isConfirmed')}</span>
        ) : (
          <input
            id={checkboxId}
            className="choice__input"
            type="checkbox"
            checked={isSelected}
            onChange={(event) => onToggle(event.target.checked)}
            aria-label={t('records.search.chooseRecord', { record: name })}
          />
        )}
      </td>
      <th scope="row">
        {href ? <Link to={href}>{name}</Link> : name}
        {hit.company ? <span className="hint"> · {hit.company}</span> : null}
        <br />
        <span className="hint">{t(`records.kinds.${hit.recordType}`)}</span>
        {hit.isRestricted ? (
          <span className="tag tag--at-risk">{t('records.restricted')}</span>
        ) : null}
        {hit.anonymizedAt ? (
          <span className="tag tag--muted">{t('records.anonymised')}</span>
        ) : null}
      </th>
      <td>
        {hit.email ? <span className="mono">{hit.email}</span> : null}
        {hit.phone ? (
          <>
            <br />
            <span className="mono">{hit.phone}</span>
          </>
        ) : null}
        {hit.streetAddress || hit.city ? (
          <>
            <br />
            {[hit.streetAddress, [hit.postalCode, hit.city].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', ')}
          </>
        ) : null}
      </td>
      <td>
        <strong>{hit.score}</strong>
        <br />
        <span className="hint">
          {hit.reasons.map((reason) => t(`records.reasons.${reason}`)).join(', ')}
        </span>
      </td>
      <td>{isRecordSource(hit.source) ? t(`records.sources.${hit.source}`) : hit.source}</td>
    </tr>
  );
}

function isRecordSource(value: string): value is RecordSource {
  return (RECORD_SOURCES as readonly string[]).includes(value);
}
