import { ALL_REGIONS } from '@cpc/domain';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { type ChartRow } from './chartModel';
import type { StyledRegion } from './styledRegions';
import { LegendSwatch } from './LegendSwatch';
import { CoverageStatCells } from './CoverageStatCells';

interface CoverageTableProps {
  row: ChartRow;
  regions: readonly StyledRegion[];
  /** Shown as the last row when the API sent the whole-grouping figures. */
  hasAllMembers: boolean;
  /** The heading; "Coverage in <year>" by default. */
  title?: string;
  /** What the table shows; the overview's "latest assessed year" text by default. */
  description?: string;
  /** Whether to show the median and interquartile range: not for national users, who get none. */
  orderStatistics: boolean;
}

/** The latest assessed year as a table: the chart's text alternative and its coverage caveat in one place. */
export function CoverageTable(props: CoverageTableProps) {
  const { row, regions, hasAllMembers, title, description, orderStatistics } = props;
  const { t, localize } = useI18n();
  const titleId = useId();
  const descriptionId = useId();
  return (
    <section className="coverage-table" aria-labelledby={titleId}>
      <h2 id={titleId}>{title ?? t('tableTitle', { year: row.year })}</h2>
      <p id={descriptionId} className="table-description">
        {description ?? t('tableDescription')}
      </p>
      <div className="table-scroll">
        <table aria-labelledby={titleId} aria-describedby={descriptionId} data-testid="coverage-table">
          <CoverageTableHead orderStatistics={orderStatistics} />
          <tbody>
            {regions.map((region) => (
              <tr key={region.code} data-region={region.code}>
                <th scope="row">
                  <LegendSwatch style={region.style} />
                  {localize(region.name)}
                </th>
                <CoverageStatCells stats={row.stats[region.code]} orderStatistics={orderStatistics} />
              </tr>
            ))}
          </tbody>
          {hasAllMembers && (
            <tfoot>
              <tr data-region={ALL_REGIONS}>
                <th scope="row">{t('allMembers')}</th>
                <CoverageStatCells stats={row.stats[ALL_REGIONS]} orderStatistics={orderStatistics} />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}

function CoverageTableHead({ orderStatistics }: { orderStatistics: boolean }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('tableRegion')}</th>
        <th scope="col">{t('tableAssessed')}</th>
        <th scope="col">{t('tableCoverage')}</th>
        <th scope="col">{t('tableMean')}</th>
        {orderStatistics && (
          <>
            <th scope="col">{t('tableMedian')}</th>
            <th scope="col">{t('tableIqr')}</th>
          </>
        )}
      </tr>
    </thead>
  );
}
