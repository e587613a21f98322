import { useId } from 'react';
import { canReadCountry, type ProfileAssessment, type SessionUser } from '@cpc/domain';
import { StatusBadge } from '../assessments/StatusBadge';
import { useI18n } from '../i18n/useI18n';
import { useLevelText } from '../results/useLevelText';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

interface AssessmentHistoryProps {
  assessments: readonly ProfileAssessment[];
  iso3: string;
  country: string;
  user: SessionUser;
}

/** Every assessment of the country, newest first, with a link to those the reader may open. */
export function AssessmentHistory({ assessments, iso3, country, user }: AssessmentHistoryProps) {
  const { t } = useI18n();
  const titleId = useId();
  const mayOpen = canReadCountry(user, iso3);
  const rows = [...assessments].sort((a, b) => b.year - a.year);
  return (
    <section className="analytics-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('historyTableTitle')}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="profile-history">
          <caption className="visually-hidden">{t('historyTableTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('year')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col" className="numeric">
                {t('overallIndex')}
              </th>
              <th scope="col">{t('computedLevel')}</th>
              <th scope="col">{t('selfLevel')}</th>
              <th scope="col" className="row-actions">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <HistoryRow key={a.id} assessment={a} country={country} mayOpen={mayOpen} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface HistoryRowProps {
  assessment: ProfileAssessment;
  country: string;
  /** Whether the reader may open the assessment. */
  mayOpen: boolean;
}

function HistoryRow({ assessment: a, country, mayOpen }: HistoryRowProps) {
  const { t, lang, format } = useI18n();
  const levelText = useLevelText();
  return (
    <tr data-year={a.year}>
      <th scope="row">{a.year}</th>
      <td>
        <StatusBadge status={a.status} />
      </td>
      <td className="numeric">{a.overall === null ? '—' : format.index(a.overall)}</td>
      <td>{levelText(a.level)}</td>
      <td>{levelText(a.selfLevel)}</td>
      <td className="row-actions">
        {mayOpen && (
          <Link
            to={hrefFor(paths.assessment(a.id), lang)}
            aria-label={t('openAssessmentOf', { country, year: a.year })}
          >
            {t('open')}
          </Link>
        )}
      </td>
    </tr>
  );
}
