import { CONTINUUM_LEVELS } from '@cpc/domain';
import { ScaleLegend } from '../chart/ScaleLegend';
import { Swatch } from '../ui/Swatch';
import { useI18n } from '../i18n/useI18n';
import type { MapMetric } from '../url/pageState';
import { indexColour, levelColour } from '../chart/colourScale';

/** The map's key: the colour scale (or the five levels), then every pattern the map may draw. */
export function MapLegend({ metric, national }: { metric: MapMetric; national: boolean }) {
  const { t, localize } = useI18n();
  return (
    <div className="map-legend" data-testid="map-legend">
      {metric === 'level' ? (
        <>
          <p className="scale-legend-title">{t('computedLevel')}</p>
          <ul className="inline-legend">
            {CONTINUUM_LEVELS.map((level) => (
              <li key={level.level}>
                <Swatch colour={levelColour(level.level)} />
                {t('levelValue', { level: level.level, name: localize(level.name) })}
              </li>
            ))}
            <li>
              <Swatch pattern="notAssessed" />
              {t('notAssessed')}
            </li>
          </ul>
        </>
      ) : (
        <ScaleLegend title={t('mapScaleTitle')} showWithheld={national} />
      )}
      <ul className="inline-legend">
        <li>
          <Swatch colour="#f2f2f2" />
          {t('mapOutside')}
        </li>
        {national && metric !== 'level' && (
          <li>
            <Swatch colour={indexColour(60)} pattern="regionValue" />
            {t('mapRegionValue')}
          </li>
        )}
        {national && (
          <li>
            <span className="swatch swatch-own" aria-hidden="true" />
            {t('mapOwnCountry')}
          </li>
        )}
      </ul>
    </div>
  );
}
