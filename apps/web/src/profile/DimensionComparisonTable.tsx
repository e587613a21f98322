import type { ProfileResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { useDimensionLabel } from './useDimensionLabel';

type ComparisonRow = ProfileResponse['comparison'][number];

interface DimensionComparisonTableProps {
  comparison: readonly ComparisonRow[];
  title: string;
  country: string;
  region: string;
  orderStatistics: boolean;
}

/** The comparison as a table: the country's score, the region's mean and, for analysts, median and rank. */
export function DimensionComparisonTable(props: DimensionComparisonTableProps) {
  const { comparison, title, country, region, orderStatistics } = props;
  const { t } = useI18n();
  return (
    <table className="data-table compact-table" data-testid="comparison-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dimension')}</th>
          <th scope="col" className="numeric">
            {country}
          </th>
          <th scope="col" className="numeric">
            {t('comparisonRegionMean', { region })}
          </th>
          {orderStatistics && (
            <>
              <th scope="col" className="numeric">
                {t('comparisonRegionMedian', { region })}
              </th>
              <th scope="col" className="numeric">
                {t('comparisonRank')}
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {comparison.map((row) => (
          <ComparisonTableRow key={row.dimension} row={row} orderStatistics={orderStatistics} />
        ))}
      </tbody>
    </table>
  );
}

function ComparisonTableRow({ row, orderStatistics }: { row: ComparisonRow; orderStatistics: boolean }) {
  const { t, format } = useI18n();
  const label = useDimensionLabel();
  const text = (value: number | null) => (value === null ? t('notAssessed') : format.index(value));
  return (
    <tr data-dimension={row.dimension}>
      <th scope="row">{label(row.dimension)}</th>
      <td className="numeric">{text(row.country)}</td>
      {row.suppressed ? (
        <td colSpan={orderStatistics ? 3 : 1} className="withheld">
          {t('withheld')}
        </td>
      ) : (
        <>
          <td className="numeric">{text(row.regionMean)}</td>
          {orderStatistics && (
            <>
              <td className="numeric">{text(row.regionMedian)}</td>
              <td className="numeric">
                {row.rankInRegion === null || row.regionAssessed === null
                  ? '—'
                  : t('comparisonRankValue', { rank: row.rankInRegion, of: row.regionAssessed })}
              </td>
            </>
          )}
        </>
      )}
    </tr>
  );
}
