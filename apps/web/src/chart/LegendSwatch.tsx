import type { RegionStyle } from './regionStyle';
import { RegionSymbol } from './RegionSymbol';

interface LegendSwatchProps {
  style: RegionStyle;
  dashed?: boolean;
  hollow?: boolean;
  /** Only the marker, for the legend note on low coverage. */
  markerOnly?: boolean;
}

/** A miniature of what the chart draws for a series, so the legend needs no colour names. */
export function LegendSwatch({ style, dashed = false, hollow = false, markerOnly = false }: LegendSwatchProps) {
  return (
    <svg className="legend-swatch" width="32" height="16" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      {!markerOnly && (
        <line
          x1="1"
          y1="8"
          x2="31"
          y2="8"
          stroke={style.colour}
          strokeWidth="2.5"
          strokeDasharray={dashed ? '6 4' : undefined}
        />
      )}
      {!dashed && <RegionSymbol cx={16} cy={8} symbol={style.symbol} colour={style.colour} hollow={hollow} size={48} />}
    </svg>
  );
}
