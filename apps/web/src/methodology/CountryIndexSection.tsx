import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { METHODOLOGY_VERSIONS, type SessionUser } from '@cpc/domain';
import { currentAssessmentsQuery, type YearParams } from '../api/analyticsQueries';
import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { SelectField } from '../ui/SelectField';
import { CountryIndexTable } from './CountryIndexTable';
import { countriesOf, scoreOf, type VersionScore } from './countryVersions';

interface CountryIndexSectionProps {
  params: Omit<YearParams, 'methodology'>;
  user: SessionUser;
  /** The country the address picks; a national user's own country when it picks none. */
  country: string | null;
  onCountry: (iso3: string | null) => void;
}

/** Each country's current assessment under v1 and v2, as the reader gets it (a national user: what it may see). */
function useCurrentAssessmentsOfBothVersions(params: CountryIndexSectionProps['params']) {
  const v1 = useQuery(currentAssessmentsQuery({ ...params, methodology: 'v1' }));
  const v2 = useQuery(currentAssessmentsQuery({ ...params, methodology: 'v2' }));
  const retry = () => {
    void v1.refetch();
    void v2.refetch();
  };
  return { v1: v1.data?.items, v2: v2.data?.items, failed: v1.error ?? v2.error, retry, retrying: v1.isFetching };
}

/** One country's overall index and level under each version, for a country the reader picks among those it may see. */
export function CountryIndexSection({ params, user, country, onCountry }: CountryIndexSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const countryName = useCountryName();
  const answers = useCurrentAssessmentsOfBothVersions(params);
  const chosen = country ?? user.country;
  const options = countriesOf(answers.v1, answers.v2)
    .map((iso3) => ({ value: iso3, label: countryName(iso3) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const scores = chosen
    ? METHODOLOGY_VERSIONS.map((v) => scoreOf(v, (v === 'v1' ? answers.v1 : answers.v2) ?? [], chosen)).filter(
        (s): s is VersionScore => s !== null,
      )
    : [];
  const title = chosen
    ? t('methodologyCountryTitle', { country: countryName(chosen), year: params.year })
    : t('methodologyCountryTitleNone');
  const loaded = answers.v1 !== undefined && answers.v2 !== undefined;
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="methodology-country">
      <h2 id={titleId}>{title}</h2>
      {answers.failed ? (
        <ErrorState error={answers.failed} onRetry={answers.retry} retrying={answers.retrying} />
      ) : !loaded ? (
        <LoadingState />
      ) : (
        <>
          <SelectField
            label={t('methodologyCountryLabel')}
            value={chosen ?? ''}
            className="field-wide"
            options={[{ value: '', label: t('methodologyCountryPrompt') }, ...options]}
            onChange={(iso3) => {
              onCountry(iso3 || null);
            }}
          />
          {!chosen ? null : scores.length === 0 ? (
            <p className="empty-state" role="status">
              {t('methodologyCountryNone', { country: countryName(chosen), year: params.year })}
            </p>
          ) : (
            <CountryIndexTable scores={scores} caption={title} />
          )}
        </>
      )}
    </section>
  );
}
