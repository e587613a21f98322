import { useState } from 'react';
import type { AssessmentSummary } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { RegisterChecksCell } from '../instruments/RegisterChecksPanel';
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
  variant?: 'list' | 'review';
}

/** Rows drawn at first; a long list (every country, every year) grows on request. */
const PAGE_SIZE = 100;

/** Assessments, newest year first, then by country name. */
export function AssessmentTable({ assessments, caption, variant = 'list' }: AssessmentTableProps) {
  const { t } = useI18n();
  const countryName = useCountryName();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sorted = [...assessments].sort(
    (a, b) => b.year - a.year || countryName(a.country).localeCompare(countryName(b.country)),
  );
  const rows = sorted.slice(0, limit);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="assessment-table">
        <caption>{caption}</caption>
        <AssessmentTableHead variant={variant} />
        <tbody>
          {rows.map((a) => (
            <AssessmentRow key={a.id} assessment={a} variant={variant} />
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

type Variant = NonNullable<AssessmentTableProps['variant']>;

function AssessmentTableHead({ variant }: { variant: Variant }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('country')}</th>
        <th scope="col">{t('year')}</th>
        <th scope="col">{t('status')}</th>
        <th scope="col" className="numeric">
          {t('overallIndex')}
        </th>
        <th scope="col">{t('computedLevel')}</th>
        {variant === 'review' && <th scope="col">{t('selfLevel')}</th>}
        <th scope="col">{variant === 'review' ? t('submittedAt') : t('lastUpdated')}</th>
        {variant === 'review' && <th scope="col">{t('instChecksColumn')}</th>}
        <th scope="col">
          <span className="visually-hidden">{t('actions')}</span>
        </th>
      </tr>
    </thead>
  );
}

/** An assessment's row: its figures and the links to open (or review) it and to its history. */
function AssessmentRow({ assessment: a, variant }: { assessment: AssessmentSummary; variant: Variant }) {
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
      <td className="nowrap">
        {variant === 'review' && a.submittedAt ? format.dateTime(a.submittedAt) : format.dateTime(a.updatedAt)}
      </td>
      {variant === 'review' && (
        <td>
          <RegisterChecksCell assessmentId={a.id} />
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
