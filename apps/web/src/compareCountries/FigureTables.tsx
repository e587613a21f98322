import { DIMENSIONS } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { useDimensionLabel } from '../profile/useDimensionLabel';
import { WithheldText } from '../ui/WithheldText';
import type { StyledCountry } from './DimensionPanels';
import { SeriesSwatch } from './SeriesMarker';

/** The key of the charts: each country's colour, marker and dash, with its name. */
export function SeriesLegend({ countries }: { countries: readonly StyledCountry[] }) {
  return (
    <ul className="compare-legend" data-testid="compare-legend">
      {countries.map(({ compared, name, style }) => (
        <li key={compared.country.iso3}>
          <SeriesSwatch style={style} /> {name}
        </li>
      ))}
    </ul>
  );
}

/** The trajectories as a table: a row per year of the period with an assessment, a column per country. */
export function TrajectoryTable({
  countries,
  from,
  to,
}: {
  countries: readonly StyledCountry[];
  from: number;
  to: number;
}) {
  const { t, format } = useI18n();
  const years = [
    ...new Set(countries.flatMap((c) => c.compared.trajectory.map((p) => p.year)).filter((y) => y >= from && y <= to)),
  ].sort((a, b) => a - b);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('compareTrajectoriesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {countries.map((c) => (
              <th key={c.compared.country.iso3} scope="col" className="numeric">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {countries.map((c) => {
                const point = c.compared.trajectory.find((p) => p.year === year);
                return (
                  <td key={c.compared.country.iso3} className="numeric">
                    {point?.overall == null ? '—' : format.index(point.overall)}
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

/** The dimensions as a table: for each country its score and its region's mean, dimension by dimension. */
export function DimensionTable({ countries }: { countries: readonly StyledCountry[] }) {
  const { t, format } = useI18n();
  const dimensionLabel = useDimensionLabel();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('compareDimensionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('dimension')}</th>
            <th scope="col" className="numeric">
              {t('score')}
            </th>
            <th scope="col" className="numeric">
              {t('compareRegionMean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {countries.flatMap(({ compared, name, style }) =>
            DIMENSIONS.map((dimension) => {
              const d = compared.dimensions.find((x) => x.dimension === dimension);
              return (
                <tr key={`${compared.country.iso3}-${dimension}`}>
                  <th scope="row">
                    <SeriesSwatch style={style} /> {name}
                  </th>
                  <td>{dimensionLabel(dimension)}</td>
                  <td className="numeric">{d?.score == null ? '—' : format.index(d.score)}</td>
                  <td className="numeric">
                    {d?.suppressed ? <WithheldText /> : d?.regionMean == null ? '—' : format.index(d.regionMean)}
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
