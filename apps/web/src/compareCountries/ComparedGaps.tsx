import { useI18n } from '../i18n/useI18n';
import { SeriesSwatch } from './SeriesMarker';
import type { StyledCountry } from './DimensionPanels';

/** Each country's items farthest from the top level in its newest assessment, as the profile lists its gaps. */
export function ComparedGaps({ countries }: { countries: readonly StyledCountry[] }) {
  const { t, lang, localize } = useI18n();
  const points = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  return (
    <div className="compare-gaps" data-testid="compare-gaps">
      {countries.map(({ compared, name, style }) => (
        <article key={compared.country.iso3} className="compare-gaps-card" data-iso3={compared.country.iso3}>
          <h3 className="compare-gaps-country">
            <SeriesSwatch style={style} /> {name}
          </h3>
          {compared.latestYear === null ? (
            <p>{t('compareNoAssessment')}</p>
          ) : compared.gaps.length === 0 ? (
            <p>{t('compareGapsNone')}</p>
          ) : (
            <ol className="compare-gaps-list">
              {compared.gaps.map((gap) => (
                <li key={gap.code}>
                  <span className="compare-gap-code">{gap.code}</span> {localize(gap.gaps)}{' '}
                  <span className="cell-sub">{t('compareGapPoints', { points: points.format(gap.points) })}</span>
                </li>
              ))}
            </ol>
          )}
          {compared.gapCount > compared.gaps.length && (
            <p className="cell-sub">{t('compareGapsMore', { count: compared.gapCount - compared.gaps.length })}</p>
          )}
        </article>
      ))}
    </div>
  );
}
