import type { Ref } from 'react';
import { useI18n } from '../i18n/useI18n';
import { linearScale, yearTicks } from '../chart/linearScale';
import { useDrawingWidth } from '../chart/useDrawingWidth';
import type { TrajectoryPoint } from './trajectory';

/** Until the chart's box is measured; then it is drawn at the box's width. */
const INITIAL_WIDTH = 760;
const HEIGHT = 240;
const MARGIN = { top: 24, right: 24, bottom: 28, left: 40 };
const Y_TICKS = [0, 25, 50, 75, 100];
/** The line's colour, for the key of the chart's picture. */
export const TRAJECTORY_COLOUR = '#0072B2';
const LINE = TRAJECTORY_COLOUR;
const AXIS_TEXT = '#404040';

/** A day marked on the chart (an action done): a vertical line at its year and fraction of a year. */
export interface TrajectoryMark {
  key: string;
  year: number;
  label: string;
}

/** The colour of the marks: the green of a done action. */
export const MARK_COLOUR = '#009E73';

interface TrajectoryChartProps {
  points: readonly TrajectoryPoint[];
  label: string;
  /** Days to mark with a vertical line, e.g. the actions of the plan that were done. */
  marks?: readonly TrajectoryMark[];
  /** The drawing, for its download as a picture. */
  svgRef?: Ref<SVGSVGElement>;
}

/**
 * The overall index of each submitted or validated assessment: a filled dot when validated, a hollow one
 * when only submitted. Consecutive years are joined by a solid line, years apart by a dashed one.
 */
export function TrajectoryChart({ points, label, marks = [], svgRef }: TrajectoryChartProps) {
  const markYears = marks.map((m) => m.year);
  const earliest = Math.min(points[0]?.year ?? Infinity, ...markYears);
  const first = Number.isFinite(earliest) ? Math.floor(earliest) : 0;
  const last = Math.max(Math.ceil(Math.max(points[points.length - 1]?.year ?? 0, ...markYears)), first + 2);
  const { boxRef, width } = useDrawingWidth<HTMLDivElement>(INITIAL_WIDTH);
  const x = linearScale([first, last], [MARGIN.left + 16, width - MARGIN.right - 16]);
  const y = linearScale([0, 100], [HEIGHT - MARGIN.bottom, MARGIN.top]);

  return (
    <div ref={boxRef}>
      <svg
        ref={svgRef}
        className="svg-chart"
        viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
        role="img"
        aria-label={label}
        data-testid="trajectory-chart"
        // Time runs left to right in every language (docs/i18n.md); in an Arabic page the anchors of the
        // figures would otherwise flip, and the 0–100 labels would run into the plot.
        direction="ltr"
      >
        <TrajectoryAxes x={x} y={y} first={first} last={last} width={width} />
        {marks.map((mark) => (
          <TrajectoryMarkLine key={mark.key} mark={mark} cx={x(mark.year)} />
        ))}
        <TrajectorySegments points={points} x={x} y={y} />
        {points.map((point) => (
          <TrajectoryDot key={point.id} point={point} cx={x(point.year)} cy={y(point.overall)} />
        ))}
      </svg>
    </div>
  );
}

type Scale = (value: number) => number;

/** The 0–100 grid with its labels, and the years below. */
function TrajectoryAxes({
  x,
  y,
  first,
  last,
  width,
}: {
  x: Scale;
  y: Scale;
  first: number;
  last: number;
  width: number;
}) {
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
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" fill={AXIS_TEXT}>
            {tick}
          </text>
        </g>
      ))}
      {yearTicks(first, last, Math.min(12, Math.floor(width / 56))).map((year) => (
        <text key={year} x={x(year)} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill={AXIS_TEXT}>
          {year}
        </text>
      ))}
    </>
  );
}

/** The lines between consecutive assessments: solid a year apart, dashed across a gap. */
function TrajectorySegments({ points, x, y }: { points: readonly TrajectoryPoint[]; x: Scale; y: Scale }) {
  return (
    <>
      {points.slice(1).map((point, i) => {
        const previous = points[i];
        if (!previous) return null;
        return (
          <line
            key={point.id}
            x1={x(previous.year)}
            y1={y(previous.overall)}
            x2={x(point.year)}
            y2={y(point.overall)}
            stroke={LINE}
            strokeWidth={2.5}
            strokeDasharray={point.year - previous.year > 1 ? '6 4' : undefined}
          />
        );
      })}
    </>
  );
}

/** An assessment's dot, filled once validated, with its index above it. */
function TrajectoryDot({ point, cx, cy }: { point: TrajectoryPoint; cx: number; cy: number }) {
  const { format } = useI18n();
  return (
    <g data-year={point.year} data-status={point.status}>
      <circle
        cx={cx}
        cy={cy}
        r={6}
        fill={point.status === 'validated' ? LINE : '#ffffff'}
        stroke={LINE}
        strokeWidth={2.5}
      />
      <text x={cx} y={cy - 12} textAnchor="middle" fontSize="12" fontWeight="600" fill="#1b1b1b">
        {format.index(point.overall)}
      </text>
    </g>
  );
}

/** A marked day: a dashed vertical line with a diamond at its top, named for screen readers and on hover. */
function TrajectoryMarkLine({ mark, cx }: { mark: TrajectoryMark; cx: number }) {
  const top = MARGIN.top - 10;
  return (
    <g data-mark={mark.key}>
      <title>{mark.label}</title>
      <line
        x1={cx}
        x2={cx}
        y1={top}
        y2={HEIGHT - MARGIN.bottom}
        stroke={MARK_COLOUR}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
      <path d={`M ${cx} ${top - 6} L ${cx + 5} ${top} L ${cx} ${top + 6} L ${cx - 5} ${top} Z`} fill={MARK_COLOUR} />
    </g>
  );
}
