import { useI18n } from '../i18n/useI18n';
import { LegendSwatch } from '../components/LegendSwatch';
import type { StyledRegion } from '../chart/styledRegions';

interface RegionLegendProps {
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
}

/** The regions' colours and symbols; pressing one highlights it in every chart (and in the address). */
export function RegionLegend({ regions, highlighted, onHighlight }: RegionLegendProps) {
  const { t, localize } = useI18n();
  return (
    <div className="chart-legend">
      <h3 className="chart-legend-title">{t('legendTitle')}</h3>
      <p className="chart-legend-hint">{t('legendHintCompare')}</p>
      <ul className="chart-legend-regions">
        {regions.map((region) => (
          <li key={region.code}>
            <button
              type="button"
              className="legend-region"
              aria-pressed={highlighted === region.code}
              onClick={() => {
                onHighlight(highlighted === region.code ? null : region.code);
              }}
            >
              <LegendSwatch style={region.style} />
              {localize(region.name)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
