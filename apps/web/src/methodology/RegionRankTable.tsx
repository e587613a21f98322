import { useI18n } from '../i18n/useI18n';
import { RankChange } from './RankChange';
import type { RankComparisonRow } from './regionRanks';

interface RegionRankTableProps {
  rows: readonly RankComparisonRow[];
  caption: string;
}

/** Each region's mean index and rank under v1 and v2, with the change; the rows whose rank changed stand out. */
export function RegionRankTable({ rows, caption }: RegionRankTableProps) {
  const { t, localize, format } = useI18n();
  const mean = (value: number | null) => (value === null ? t('methodologyNoMean') : format.index(value));
  const rank = (value: number | null) => (value === null ? '—' : format.count(value));
  return (
    <div className="table-scroll">
      <table className="data-table rank-table" data-testid="methodology-rank-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('methodologyRegion')}</th>
            <th scope="col" className="numeric">
              {t('methodologyMeanOf', { version: 'v1' })}
            </th>
            <th scope="col" className="numeric">
              {t('methodologyRankOf', { version: 'v1' })}
            </th>
            <th scope="col" className="numeric">
              {t('methodologyMeanOf', { version: 'v2' })}
            </th>
            <th scope="col" className="numeric">
              {t('methodologyRankOf', { version: 'v2' })}
            </th>
            <th scope="col">{t('methodologyRankChange')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.region}
              className={row.change !== null && row.change !== 0 ? 'rank-changed' : undefined}
              data-region={row.region}
            >
              <th scope="row">{localize(row.regionName)}</th>
              <td className="numeric">{mean(row.meanV1)}</td>
              <td className="numeric">{rank(row.rankV1)}</td>
              <td className="numeric">{mean(row.meanV2)}</td>
              <td className="numeric">{rank(row.rankV2)}</td>
              <td>
                <RankChange change={row.change} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
