import type { GroupingResponse, OutcomePoint } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';

interface OutcomePointsTableProps {
  points: readonly OutcomePoint[];
  grouping: GroupingResponse | undefined;
  metricLabel: string;
  formatValue: (value: number) => string;
  caption: string;
}

/** The scatter plot as a table: each country's overall index and outcome, highest index first. */
export function OutcomePointsTable({ points, grouping, metricLabel, formatValue, caption }: OutcomePointsTableProps) {
  const { t, localize, format } = useI18n();
  const countryName = useCountryName();
  const regionName = (code: string) => {
    const region = grouping?.regions.find((r) => r.code === code);
    return region ? localize(region.name) : code;
  };
  const rows = [...points].sort((a, b) => b.overall - a.overall);
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="outcome-points-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('tableRegion')}</th>
            <th scope="col" className="numeric">
              {t('overallIndex')}
            </th>
            <th scope="col" className="numeric">
              {metricLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.country} data-iso3={p.country}>
              <th scope="row">{countryName(p.country)}</th>
              <td>{regionName(p.region)}</td>
              <td className="numeric">{format.index(p.overall)}</td>
              <td className="numeric">{p.value === null ? t('noQueries') : formatValue(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
