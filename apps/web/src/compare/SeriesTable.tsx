import type { StyledSeries } from '../chart/SmallLineChart';
import { CellText } from '../components/CellText';
import { useI18n } from '../i18n/useI18n';

/** A small multiple's figures: each region's mean, year by year. */
export function SeriesTable({ series, caption }: { series: readonly StyledSeries[]; caption: string }) {
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
                    {point && <CellText cell={point.cell} />}
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
