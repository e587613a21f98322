import { useState } from 'react';
import type { GroupingResponse } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { CompareLink } from '../compareCountries/CompareLink';
import { StatusBadge } from '../assessments/StatusBadge';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/en';
import { Link } from '../router/Link';
import { nextSort, orderOf, SortHeader } from '../ui/SortHeader';
import type { MapMetric } from '../url/pageState';
import { DEFAULT_COUNTRY_SORT, sortCountryRows, type CountryColumn } from './countryTableSort';
import type { MapEntry } from './mapValues';
import { useCellText } from './useCellText';

interface CountryTableProps {
  entries: ReadonlyMap<string, MapEntry>;
  grouping: GroupingResponse;
  metric: MapMetric;
  /** The country's profile address, or null when the reader may not open it. */
  hrefOf: (iso3: string) => string | null;
  caption: string;
}

const COLUMNS: readonly { column: CountryColumn; label: MessageKey; numeric: boolean }[] = [
  { column: 'country', label: 'country', numeric: false },
  { column: 'region', label: 'tableRegion', numeric: false },
  { column: 'value', label: 'mapValue', numeric: true },
  { column: 'assessment', label: 'mapAssessment', numeric: true },
];

/**
 * The map as a table, sortable by each column: one row per country of the grouping with its value, and a link
 * to the profile of every country the reader may open.
 */
export function CountryTable({ entries, grouping, metric, hrefOf, caption }: CountryTableProps) {
  const { t, lang, localize } = useI18n();
  const countryName = useCountryName();
  const [sort, setSort] = useState(DEFAULT_COUNTRY_SORT);
  const regionName = (code: string | null) => {
    const region = grouping.regions.find((r) => r.code === code);
    return region ? localize(region.name) : '—';
  };
  const rows = sortCountryRows([...entries.values()], sort, { country: countryName, region: regionName, lang });

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="country-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(({ column, label, numeric }) => (
              <SortHeader
                key={column}
                column={column}
                order={orderOf(sort, column)}
                numeric={numeric}
                onSort={() => {
                  setSort(nextSort(sort, column, numeric));
                }}
              >
                {t(label)}
              </SortHeader>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => (
            <CountryRow
              key={entry.iso3}
              entry={entry}
              regionName={regionName(entry.region)}
              href={hrefOf(entry.iso3)}
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
  regionName: string;
  /** The country's profile address, or null when the reader may not open it. */
  href: string | null;
  metric: MapMetric;
}

function CountryRow({ entry, regionName, href, metric }: CountryRowProps) {
  const { t } = useI18n();
  const countryName = useCountryName();
  const cellText = useCellText(metric);
  return (
    <tr data-iso3={entry.iso3} data-state={entry.cell.state}>
      <th scope="row">
        {href !== null ? (
          <>
            <Link to={href}>{countryName(entry.iso3)}</Link>
            <span className="cell-sub">
              <CompareLink iso3={entry.iso3} />
            </span>
          </>
        ) : (
          countryName(entry.iso3)
        )}
      </th>
      <td>{regionName}</td>
      <td className="numeric">
        {cellText(entry.cell)}
        {entry.source === 'region' && <span className="cell-sub">{t('mapRegionMean')}</span>}
      </td>
      <td className="numeric">
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
