import type { GroupingResponse } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { CompareLink } from '../compareCountries/CompareLink';
import { StatusBadge } from '../assessments/StatusBadge';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import type { MapMetric } from '../url/pageState';
import type { MapEntry } from './mapValues';
import { useCellText } from './useCellText';

interface CountryTableProps {
  entries: ReadonlyMap<string, MapEntry>;
  grouping: GroupingResponse;
  metric: MapMetric;
  /** Whether the reader may open a country's profile. */
  canOpen: (iso3: string) => boolean;
  caption: string;
}

/**
 * The map as a table, and its keyboard access: one row per country of the grouping with its value,
 * and a link to the profile of every country the reader may open.
 */
export function CountryTable({ entries, grouping, metric, canOpen, caption }: CountryTableProps) {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  const rows = [...entries.values()].sort((a, b) => countryName(a.iso3).localeCompare(countryName(b.iso3), lang));

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="country-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('tableRegion')}</th>
            <th scope="col" className="numeric">
              {t('mapValue')}
            </th>
            <th scope="col">{t('mapAssessment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <CountryRow
              key={entry.iso3}
              entry={entry}
              grouping={grouping}
              canOpen={canOpen(entry.iso3)}
              metric={metric}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CountryRowProps {
  entry: MapEntry;
  grouping: GroupingResponse;
  /** Whether the reader may open the country's profile. */
  canOpen: boolean;
  metric: MapMetric;
}

function CountryRow({ entry, grouping, canOpen, metric }: CountryRowProps) {
  const { t, lang, localize } = useI18n();
  const countryName = useCountryName();
  const cellText = useCellText(metric);
  const regionName = (code: string | null) => {
    const region = grouping.regions.find((r) => r.code === code);
    return region ? localize(region.name) : '—';
  };
  return (
    <tr data-iso3={entry.iso3} data-state={entry.cell.state}>
      <th scope="row">
        {canOpen ? (
          <>
            <Link to={hrefFor(paths.country(entry.iso3), lang, { grouping: grouping.id })}>
              {countryName(entry.iso3)}
            </Link>
            <span className="cell-sub">
              <CompareLink iso3={entry.iso3} />
            </span>
          </>
        ) : (
          countryName(entry.iso3)
        )}
      </th>
      <td>{regionName(entry.region)}</td>
      <td className="numeric">
        {cellText(entry.cell)}
        {entry.source === 'region' && <span className="cell-sub">{t('mapRegionMean')}</span>}
      </td>
      <td>
        {entry.assessment ? (
          <>
            {entry.assessment.year} <StatusBadge status={entry.assessment.status} />
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}
