import type { ComparedCountry } from '@cpc/domain';
import { StatusBadge } from '../assessments/StatusBadge';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { WithheldText } from '../ui/WithheldText';
import { SeriesSwatch } from './SeriesMarker';
import type { StyledCountry } from './DimensionPanels';

/** The comparison in figures: each country's newest index and level, its region and the region's mean. */
export function ComparisonTable({ countries, caption }: { countries: readonly StyledCountry[]; caption: string }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('tableRegion')}</th>
            <th scope="col">{t('compareNewestYear')}</th>
            <th scope="col" className="numeric">
              {t('overallIndex')}
            </th>
            <th scope="col" className="numeric">
              {t('computedLevel')}
            </th>
            <th scope="col" className="numeric">
              {t('compareRegionMean')}
            </th>
            <th scope="col" className="numeric">
              {t('compareGapCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => (
            <Row key={country.compared.country.iso3} country={country} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ country }: { country: StyledCountry }) {
  const { t, lang, localize, format } = useI18n();
  const c: ComparedCountry = country.compared;
  const newest = c.trajectory.at(-1);
  return (
    <tr data-iso3={c.country.iso3}>
      <th scope="row">
        <span className="compare-country-cell">
          <SeriesSwatch style={country.style} />
          <Link to={hrefFor(paths.country(c.country.iso3), lang)}>{country.name}</Link>
        </span>
      </th>
      <td>{c.region ? localize(c.region.name) : '—'}</td>
      <td>
        {newest ? (
          <>
            {newest.year} <StatusBadge status={newest.status} />
          </>
        ) : (
          t('compareNoAssessment')
        )}
      </td>
      <td className="numeric">{c.overall === null ? '—' : format.index(c.overall)}</td>
      <td className="numeric">{c.level ?? '—'}</td>
      <td className="numeric">
        {c.suppressed ? <WithheldText /> : c.regionMean === null ? '—' : format.index(c.regionMean)}
      </td>
      <td className="numeric">{c.latestYear === null ? '—' : format.count(c.gapCount)}</td>
    </tr>
  );
}
