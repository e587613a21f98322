import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { COMPARED_COUNTRIES, isGlobalRole, type CountryComparisonResponse, type SessionUser } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { viewExport, viewQuery } from '../api/analyticsViews';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { useCountryName } from '../assessments/useCountryName';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { useI18n } from '../i18n/useI18n';
import { ControlsBar } from '../ui/ControlsBar';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import type { StateKey } from '../url/pageState';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewYearRange } from '../view/ViewYearRange';
import { useAnalyticsView } from '../view/useAnalyticsView';
import { CompareSections } from './CompareSections';
import { CountryChooser } from './CountryChooser';
import { seriesStyle } from './seriesStyle';
import { useComparedCodes } from './useComparedCodes';
import './compare.css';

/** The view state this page keeps in its address besides the countries (`?c=`). */
export const COMPARE_COUNTRIES_KEYS = [
  'grouping',
  'from',
  'to',
  'lang',
  'status',
  'methodology',
] as const satisfies readonly StateKey[];

/** 2 to 6 administrations side by side: trajectories, dimensions against their regions, gaps. */
export function CompareCountriesPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t } = useI18n();
  const view = useAnalyticsView(currentYear, COMPARE_COUNTRIES_KEYS);
  const [codes, setCodes] = useComparedCodes();
  const params = {
    countries: codes.join(','),
    grouping: view.groupingId,
    status: view.state.status,
    methodology: view.state.methodology,
  };
  const ready = codes.length >= COMPARED_COUNTRIES.min;
  const query = useQuery({ ...viewQuery('countryComparison', params), enabled: ready && view.groupings.isFetched });
  const countryName = useCountryName();
  const source = viewExport('countryComparison', params);
  return (
    <>
      <AnalyticsHeader title={t('compareCountriesTitle')} intro={t('compareCountriesIntro')} exportSource={source} />
      {!isGlobalRole(user.role) && (
        <p className="notice" data-testid="compare-national-note">
          {t('compareCountriesNationalNote', { country: user.country ? countryName(user.country) : '—' })}
        </p>
      )}
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearRange view={view} currentYear={currentYear} />
        <ViewStatusToggle view={view} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      <CountryChooser codes={codes} onChange={setCodes} />
      {ready ? (
        <ComparisonResults query={query} from={view.state.from} to={view.state.to} source={source} />
      ) : (
        <p className="notice" data-testid="compare-need-more">
          {t('compareCountriesNeedMore')}
        </p>
      )}
    </>
  );
}

interface ComparisonResultsProps {
  query: UseQueryResult<CountryComparisonResponse>;
  from: number;
  to: number;
  source: ExportSource;
}

/** The comparison once asked for: loading, the API's refusal (a confidential country: 403) or the figures. */
function ComparisonResults({ query, from, to, source }: ComparisonResultsProps) {
  const countryName = useCountryName();
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (!query.data) return <LoadingState />;
  const countries = query.data.countries.map((compared, index) => ({
    compared,
    name: countryName(compared.country.iso3),
    style: seriesStyle(index),
  }));
  return (
    <ProtectedFigures shown={query.data.protected}>
      <CompareSections countries={countries} from={from} to={to} source={source} />
    </ProtectedFigures>
  );
}
