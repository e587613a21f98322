import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { StyledRegion } from './styledRegions';
import { LegendSwatch } from './LegendSwatch';

interface RegionToggleListProps {
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  describedBy?: string;
  /** Extra legend entries after the regions (e.g. the all-members line). */
  children?: ReactNode;
}

/** The regions' colours and symbols as toggle buttons: pressing one highlights it, pressing it again clears. */
export function RegionToggleList({ regions, highlighted, onHighlight, describedBy, children }: RegionToggleListProps) {
  const { localize } = useI18n();
  return (
    <ul className="chart-legend-regions" aria-describedby={describedBy}>
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
      {children}
    </ul>
  );
}
