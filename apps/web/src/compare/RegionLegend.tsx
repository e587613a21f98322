import { useI18n } from '../i18n/useI18n';
import { RegionToggleList } from '../chart/RegionToggleList';
import type { StyledRegion } from '../chart/styledRegions';

interface RegionLegendProps {
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
}

/** The regions' colours and symbols; pressing one highlights it in every chart (and in the address). */
export function RegionLegend({ regions, highlighted, onHighlight }: RegionLegendProps) {
  const { t } = useI18n();
  return (
    <div className="chart-legend">
      <h3 className="chart-legend-title">{t('legendTitle')}</h3>
      <p className="chart-legend-hint">{t('legendHintCompare')}</p>
      <RegionToggleList regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
    </div>
  );
}
