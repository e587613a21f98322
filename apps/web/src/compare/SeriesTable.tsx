import type { StyledSeries } from '../chart/SmallLineChart';
import { CellText, type CellFormat } from '../ui/CellText';
import { useI18n } from '../i18n/useI18n';

interface SeriesTableProps {
  series: readonly StyledSeries[];
  caption: string;
  /** How the figures read; a mean index unless said otherwise. */
  as?: CellFormat;
  emptyText?: string;
}

/** A small multiple's figures: each region's value, year by year. */
export function SeriesTable({ series, caption, as, emptyText }: SeriesTableProps) {
  const { t, localize } = useI18n();
  const years = series[0]?.points.map((p) => p.year) ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table compact-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {series.map((s) => (
              <th key={s.code} scope="col" className="numeric">
                {localize(s.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, i) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {series.map((s) => {
                const point = s.points[i];
                return (
                  <td key={s.code} className="numeric" data-region={s.code}>
                    {point && <CellText cell={point.cell} as={as} emptyText={emptyText} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
