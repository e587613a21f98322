import type { Ref } from 'react';
import { cellValue } from '../analytics/cells';
import type { RegionSeries } from '../analytics/regionSeries';
import { RegionSymbol } from './RegionSymbol';
import type { RegionStyle } from './regionStyle';
import { linePath } from './linePath';
import { linearScale, yearTicks } from './linearScale';

const WIDTH = 320;
const HEIGHT = 190;
const MARGIN = { top: 10, right: 12, bottom: 24, left: 30 };
const Y_TICKS = [0, 25, 50, 75, 100];
const AXIS_TEXT = '#404040';
const DIMMED = 0.18;

export interface StyledSeries extends RegionSeries {
  style: RegionStyle;
}

interface SmallLineChartProps {
  series: readonly StyledSeries[];
  from: number;
  to: number;
  /** A region drawn on top and thicker, the others faded; null draws all alike. */
  highlighted: string | null;
  label: string;
  /** The drawing, for its download as a picture. */
  svgRef?: Ref<SVGSVGElement>;
}

/** A small line chart on the shared 0–100 scale: one line per region, gaps where nothing was assessed. */
export function SmallLineChart({ series, from, to, highlighted, label, svgRef }: SmallLineChartProps) {
  const x = linearScale([from, to], [MARGIN.left + 6, WIDTH - MARGIN.right - 6]);
  const y = linearScale([0, 100], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ticks = yearTicks(from, to, 4);
  // The highlighted region is drawn last, so nothing covers it.
  const ordered = [...series].sort((a, b) => Number(a.code === highlighted) - Number(b.code === highlighted));

  return (
    <svg
      ref={svgRef}
      className="svg-chart small-line-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <SmallChartAxes x={x} y={y} ticks={ticks} />
      {ordered.map((s) => (
        <SeriesLine key={s.code} series={s} x={x} y={y} highlighted={highlighted} />
      ))}
    </svg>
  );
}

type Scale = (value: number) => number;

/** The 0–100 grid, labelled at 0, 50 and 100, and the years below. */
function SmallChartAxes({ x, y, ticks }: { x: Scale; y: Scale; ticks: readonly number[] }) {
  return (
    <>
      {Y_TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? '#595959' : '#e3e3e3'}
          />
          {tick % 50 === 0 && (
            <text x={MARGIN.left - 5} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill={AXIS_TEXT}>
              {tick}
            </text>
          )}
        </g>
      ))}
      {ticks.map((year) => (
        <text key={year} x={x(year)} y={HEIGHT - 6} textAnchor="middle" fontSize="11" fill={AXIS_TEXT}>
          {year}
        </text>
      ))}
    </>
  );
}

interface SeriesLineProps {
  series: StyledSeries;
  x: Scale;
  y: Scale;
  highlighted: string | null;
}

/** One region's line and markers; faded while another region is highlighted. */
function SeriesLine({ series: s, x, y, highlighted }: SeriesLineProps) {
  const opacity = highlighted === null || highlighted === s.code ? 1 : DIMMED;
  const points = s.points.map((p) => {
    const value = cellValue(p.cell);
    return { x: x(p.year), y: value === null ? null : y(value) };
  });
  return (
    <g className={`series series-${s.code}`} opacity={opacity} data-region={s.code}>
      <path
        d={linePath(points)}
        fill="none"
        stroke={s.style.colour}
        strokeWidth={highlighted === s.code ? 3 : 2}
        strokeLinejoin="round"
      />
      {points.map((p, i) =>
        p.y === null ? null : (
          <RegionSymbol
            key={s.points[i]?.year ?? i}
            cx={p.x}
            cy={p.y}
            symbol={s.style.symbol}
            colour={s.style.colour}
            hollow={false}
            size={22}
          />
        ),
      )}
    </g>
  );
}
