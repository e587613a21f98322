import { ALL_REGIONS } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { type ChartModel } from './chartModel';
import type { StyledRegion } from './styledRegions';
import { StatsCell } from './StatsCell';

interface RegionYearTableProps {
  model: ChartModel;
  regions: readonly StyledRegion[];
  showAllMembers: boolean;
  caption: string;
}

/** The regional chart's figures year by year: the mean, its interquartile range and the coverage behind it. */
export function RegionYearTable({ model, regions, showAllMembers, caption }: RegionYearTableProps) {
  const { t, localize } = useI18n();
  const withAll = showAllMembers && model.allMembers !== null;
  return (
    <div className="table-scroll">
      <table className="data-table region-year-table" data-testid="region-year-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {regions.map((r) => (
              <th key={r.code} scope="col" className="numeric" data-region={r.code}>
                {localize(r.name)}
              </th>
            ))}
            {withAll && (
              <th scope="col" className="numeric" data-region={ALL_REGIONS}>
                {t('allMembers')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              {regions.map((r) => (
                <StatsCell key={r.code} stats={row.stats[r.code]} />
              ))}
              {withAll && <StatsCell stats={row.stats[ALL_REGIONS]} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
