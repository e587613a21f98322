import type { Ref } from 'react';
import { useDrawingWidth } from '../chart/useDrawingWidth';
import { linearScale, yearTicks } from '../chart/linearScale';
import { useI18n } from '../i18n/useI18n';
import { spreadLabels } from './directLabels';
import { SeriesMarker } from './SeriesMarker';
import type { SeriesStyle } from './seriesStyle';

/** Until the chart's box is measured; then it is drawn at the box's width. */
const INITIAL_WIDTH = 760;
const HEIGHT = 320;
const MARGIN = { top: 20, right: 150, bottom: 30, left: 44 };
const Y_TICKS = [0, 25, 50, 75, 100];
const AXIS_TEXT = '#404040';
const FONT = 13;

/** One country's line: its counted assessments in the period, oldest first. */
export interface TrajectoryLine {
  iso3: string;
  name: string;
  style: SeriesStyle;
  points: readonly { year: number; overall: number; validated: boolean }[];
}

interface TrajectoriesChartProps {
  lines: readonly TrajectoryLine[];
  from: number;
  to: number;
  label: string;
  svgRef?: Ref<SVGSVGElement>;
}

type Scale = (value: number) => number;

/**
 * The overall index of each compared country over the years: one line per country, told apart by colour,
 * marker and dash, each named at its end as well as in the key above the chart.
 */
export function TrajectoriesChart({ lines, from, to, label, svgRef }: TrajectoriesChartProps) {
  const last = Math.max(to, from + 1);
  const { boxRef, width } = useDrawingWidth<HTMLDivElement>(INITIAL_WIDTH);
  const x = linearScale([from, last], [MARGIN.left + 12, width - MARGIN.right]);
  const y = linearScale([0, 100], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const ends = lines.flatMap((line) => {
    const end = line.points.at(-1);
    return end ? [{ key: line.iso3, y: y(end.overall), x: x(end.year) }] : [];
  });
  const labelY = spreadLabels(ends, FONT + 3, MARGIN.top, HEIGHT - MARGIN.bottom);
  return (
    <div ref={boxRef}>
      <svg
        ref={svgRef}
        className="svg-chart compare-trajectories"
        viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
        role="img"
        aria-label={label}
        data-testid="compare-trajectories"
        // Time runs left to right in every language (docs/i18n.md).
        direction="ltr"
      >
        <Axes x={x} y={y} from={from} to={last} width={width} />
        {lines.map((line) => (
          <Line key={line.iso3} line={line} x={x} y={y} />
        ))}
        {lines.map((line) => {
          const end = ends.find((e) => e.key === line.iso3);
          if (!end) return null;
          return (
            <text
              key={line.iso3}
              x={end.x + 10}
              y={labelY.get(line.iso3) ?? end.y}
              dy="0.32em"
              fontSize={FONT}
              fontWeight={600}
              fill={line.style.colour}
              data-label={line.iso3}
            >
              {line.name.length > 18 ? `${line.name.slice(0, 17)}…` : line.name}
            </text>
          );
        })}
      </svg>
    </div>
  );
}

function Axes({ x, y, from, to, width }: { x: Scale; y: Scale; from: number; to: number; width: number }) {
  return (
    <>
      {Y_TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? '#595959' : '#e3e3e3'}
          />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={FONT} fill={AXIS_TEXT}>
            {tick}
          </text>
        </g>
      ))}
      {yearTicks(from, to, Math.min(8, Math.floor(width / 56))).map((year) => (
        <text key={year} x={x(year)} y={HEIGHT - 8} textAnchor="middle" fontSize={FONT} fill={AXIS_TEXT}>
          {year}
        </text>
      ))}
    </>
  );
}

/** A country's line, its markers, and each marker's value for screen readers and on hover. */
function Line({ line, x, y }: { line: TrajectoryLine; x: Scale; y: Scale }) {
  const { format } = useI18n();
  const d = line.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${String(x(p.year))},${String(y(p.overall))}`).join('');
  return (
    <g data-series={line.iso3}>
      <path d={d} fill="none" stroke={line.style.colour} strokeWidth={2.5} strokeDasharray={line.style.dash} />
      {line.points.map((p) => (
        <g key={p.year} data-year={p.year}>
          <title>{`${line.name}, ${String(p.year)}: ${format.index(p.overall)}`}</title>
          <SeriesMarker style={line.style} x={x(p.year)} y={y(p.overall)} filled={p.validated} />
        </g>
      ))}
    </g>
  );
}
