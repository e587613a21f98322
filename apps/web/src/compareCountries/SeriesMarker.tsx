import { symbolPath } from '../chart/symbolPath';
import type { SeriesStyle } from './seriesStyle';

interface SeriesMarkerProps {
  style: SeriesStyle;
  x: number;
  y: number;
  /** Filled for a validated assessment, hollow for a submitted one. */
  filled: boolean;
  size?: number;
}

/** A country's marker: its shape in its colour. */
export function SeriesMarker({ style, x, y, filled, size = 70 }: SeriesMarkerProps) {
  return (
    <path
      d={symbolPath(style.shape, size)}
      transform={`translate(${String(x)},${String(y)})`}
      fill={filled ? style.colour : '#ffffff'}
      stroke={style.colour}
      strokeWidth={2}
    />
  );
}

/** A country's key: a short stretch of its line with its marker, as the chart draws it. */
export function SeriesSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" className="compare-swatch">
      <line x1="2" x2="34" y1="8" y2="8" stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash} />
      <SeriesMarker style={style} x={18} y={8} filled size={50} />
    </svg>
  );
}
