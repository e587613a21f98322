import { useState } from 'react';
import type { AssessmentSummary, RegisterChecksDetailResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { ReviewChecksCell } from '../review/ReviewChecksCell';
import { AssessmentTableHead, type Variant } from './AssessmentTableHead';
import { sortAssessments, type ListSort } from './listSort';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useLevelText } from '../results/useLevelText';
import { StatusBadge } from './StatusBadge';
import { useCountryName } from './useCountryName';

interface AssessmentTableProps {
  assessments: readonly AssessmentSummary[];
  caption: string;
  /** The review queue says "Review" and shows when each was submitted. */
  variant?: Variant;
  sort: ListSort;
  onSort: (sort: ListSort) => void;
  /** The review queue's register checks by assessment id; undefined while they load. */
  checks?: ReadonlyMap<string, RegisterChecksDetailResponse['checks']>;
}

/** The date a row shows and sorts by: the submission in the review queue, else the last change. */
export const dateOf = (variant: Variant) => (a: AssessmentSummary) =>
  variant === 'review' && a.submittedAt ? a.submittedAt : a.updatedAt;

/** Rows drawn at first; a long list (every country, every year) grows on request. */
const PAGE_SIZE = 100;

/** Assessments in the order chosen by the column headers (country names sorted the page language's way). */
export function AssessmentTable({
  assessments,
  caption,
  variant = 'list',
  sort,
  onSort,
  checks,
}: AssessmentTableProps) {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sorted = sortAssessments(assessments, sort, {
    countryName,
    collator: new Intl.Collator(lang),
    dateOf: dateOf(variant),
  });
  const rows = sorted.slice(0, limit);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="assessment-table">
        <caption>{caption}</caption>
        <AssessmentTableHead variant={variant} sort={sort} onSort={onSort} />
        <tbody>
          {rows.map((a) => (
            <AssessmentRow key={a.id} assessment={a} variant={variant} checks={checks?.get(a.id)} />
          ))}
        </tbody>
      </table>
      {sorted.length > rows.length && (
        <p className="table-more">
          <span className="muted">{t('tableShowing', { shown: rows.length, total: sorted.length })}</span>{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setLimit(limit + PAGE_SIZE);
            }}
          >
            {t('tableShowMore', { count: Math.min(PAGE_SIZE, sorted.length - rows.length) })}
          </button>
        </p>
      )}
    </div>
  );
}

/** An assessment's row: its figures and the links to open (or review) it and to its history. */
function AssessmentRow({
  assessment: a,
  variant,
  checks,
}: {
  assessment: AssessmentSummary;
  variant: Variant;
  checks: RegisterChecksDetailResponse['checks'] | undefined;
}) {
  const { t, lang, format } = useI18n();
  const name = useCountryName()(a.country);
  const levelText = useLevelText();
  return (
    <tr data-assessment={`${a.country}-${a.year}`}>
      <th scope="row">{name}</th>
      <td>{a.year}</td>
      <td>
        <StatusBadge status={a.status} />
      </td>
      <td className="numeric">{a.scores ? format.index(a.scores.overall) : '—'}</td>
      <td className="nowrap">{levelText(a.scores?.level)}</td>
      {variant === 'review' && <td className="nowrap">{levelText(a.scores?.selfLevel)}</td>}
      <td className="nowrap">{format.dateTime(dateOf(variant)(a))}</td>
      {variant === 'review' && (
        <td>
          <ReviewChecksCell checks={checks} />
        </td>
      )}
      <td className="row-actions">
        <Link
          to={hrefFor(paths.assessment(a.id), lang)}
          aria-label={t(variant === 'review' ? 'reviewAssessmentOf' : 'openAssessmentOf', {
            country: name,
            year: a.year,
          })}
        >
          {variant === 'review' ? t('review') : t('open')}
        </Link>
        {variant === 'list' && (
          <Link to={hrefFor(paths.history(a.id), lang)} aria-label={t('historyOf', { country: name, year: a.year })}>
            {t('history')}
          </Link>
        )}
      </td>
    </tr>
  );
}
