import type { GroupingResponse, ParticipationResponse } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';

interface ParticipationTableProps {
  items: ParticipationResponse['items'];
  grouping: GroupingResponse;
  caption: string;
}

/** The map as a table: each country that took part, most operations first, and how many it reported on. */
export function ParticipationTable({ items, grouping, caption }: ParticipationTableProps) {
  const { t, lang, localize } = useI18n();
  const countryName = useCountryName();
  const regionName = (code: string) => {
    const region = grouping.regions.find((r) => r.code === code);
    return region ? localize(region.name) : code;
  };
  const rows = [...items].sort(
    (a, b) => b.operations - a.operations || countryName(a.country).localeCompare(countryName(b.country), lang),
  );
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="participation-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('tableRegion')}</th>
            <th scope="col" className="numeric">
              {t('metricOperations')}
            </th>
            <th scope="col" className="numeric">
              {t('participationReported')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr key={item.country} data-iso3={item.country}>
              <th scope="row">{countryName(item.country)}</th>
              <td>{regionName(item.region)}</td>
              <td className="numeric">{item.operations}</td>
              <td className="numeric">{item.reported}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
