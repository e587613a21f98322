import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { StyledRegion } from './styledRegions';
import { ALL_MEMBERS_STYLE, regionStyle } from './regionStyle';
import { LegendSwatch } from './LegendSwatch';
import { BandSwatch } from '../ui/BandSwatch';
import { RegionToggleList } from './RegionToggleList';

interface ChartLegendProps {
  regions: readonly StyledRegion[];
  showAllMembers: boolean;
  showBand: boolean;
  /** Whether the figures have quartiles at all (not for national users): the hint mentions the band then. */
  bandAvailable: boolean;
  highlighted: string | null;
  onHighlight: (regionCode: string | null) => void;
}

export function ChartLegend(props: ChartLegendProps) {
  const { regions, showAllMembers, showBand, bandAvailable, highlighted, onHighlight } = props;
  const { t } = useI18n();
  const hintId = useId();
  const firstStyle = regions[0]?.style ?? regionStyle(0);

  return (
    <div className="chart-legend">
      <h3 className="chart-legend-title">{t('legendTitle')}</h3>
      <p id={hintId} className="chart-legend-hint">
        {t(bandAvailable ? 'legendHint' : 'legendHintNoBand')}
      </p>
      <RegionToggleList regions={regions} highlighted={highlighted} onHighlight={onHighlight} describedBy={hintId}>
        {showAllMembers && (
          <li className="legend-all-members">
            <LegendSwatch style={ALL_MEMBERS_STYLE} dashed />
            {t('allMembers')}
          </li>
        )}
      </RegionToggleList>
      <ul className="chart-legend-notes">
        <li>
          <LegendSwatch style={firstStyle} hollow markerOnly />
          {t('legendLowCoverage')}
        </li>
        {showBand && (
          <li>
            <BandSwatch />
            {t('legendBand')}
          </li>
        )}
        <li>{t('legendGaps')}</li>
        {showAllMembers && <li>{t('legendAllMembers')}</li>}
      </ul>
    </div>
  );
}
