import type { Ref } from 'react';
import { SEGMENT_KEYS, maxMembers, type LevelRow, type SegmentKey } from '../analytics/levelRows';
import { segmentLabel } from './SegmentLabel';
import { useI18n } from '../i18n/useI18n';
import { textColourOn } from './colourScale';
import { ChartPatterns } from './ChartPatterns';
import { segmentFill } from './levelSegments';
import { linearScale, niceTicks, yearTicks } from './linearScale';
import { usePatternIds, type PatternIds } from './patterns';
import { useDrawingWidth } from './useDrawingWidth';

/** Until the chart's box is measured; then it is drawn at the box's width. */
const INITIAL_WIDTH = 760;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 44 };
const MIN_LABEL_HEIGHT = 16;
const MIN_LABEL_WIDTH = 18;
const AXIS_TEXT = '#404040';

interface StackedLevelChartProps {
  rows: readonly LevelRow[];
  title: string;
  /** The drawing, for its download as a picture. */
  svgRef?: Ref<SVGSVGElement>;
}

/** One bar per year, stacked from level 1 up to level 5, then the withheld and the not assessed. */
export function StackedLevelChart({ rows, title, svgRef }: StackedLevelChartProps) {
  const patterns = usePatternIds();
  const ticks = niceTicks(Math.max(5, maxMembers(rows)), 5);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = linearScale([0, top], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const { boxRef, width } = useDrawingWidth<HTMLDivElement>(INITIAL_WIDTH);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const band = plotWidth / Math.max(1, rows.length);
  const barWidth = Math.min(56, band * 0.72);
  const first = rows[0]?.year ?? 0;
  const last = rows[rows.length - 1]?.year ?? 0;
  const labelledYears = new Set(yearTicks(first, last, Math.floor(plotWidth / 44)));

  return (
    <div ref={boxRef}>
      <svg
        ref={svgRef}
        className="svg-chart"
        viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
        role="img"
        aria-label={title}
        data-testid="level-chart"
        // Years run left to right in every language (docs/i18n.md); in an Arabic page the anchors of the
        // axis labels would otherwise flip and cut the counts off.
        direction="ltr"
      >
        <ChartPatterns ids={patterns} />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e3e3e3" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" fill={AXIS_TEXT}>
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, i) => (
          <LevelBar
            key={row.year}
            row={row}
            x={MARGIN.left + band * i + (band - barWidth) / 2}
            barWidth={barWidth}
            y={y}
            patterns={patterns}
            labelYear={labelledYears.has(row.year)}
          />
        ))}
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#595959" />
      </svg>
    </div>
  );
}

interface LevelBarProps {
  row: LevelRow;
  /** The bar's left edge. */
  x: number;
  barWidth: number;
  y: (count: number) => number;
  patterns: PatternIds;
  labelYear: boolean;
}

/** One year's bar: its segments stacked from the bottom, and the year below when there is room. */
function LevelBar({ row, x, barWidth, y, patterns, labelYear }: LevelBarProps) {
  let base = 0;
  return (
    <g data-year={row.year}>
      {SEGMENT_KEYS.map((key) => {
        const count = row.counts[key];
        if (count <= 0) return null;
        const y0 = y(base);
        base += count;
        const y1 = y(base);
        const fill = segmentFill(key, patterns);
        const box = { x, y: y1, width: barWidth, height: y0 - y1 };
        return <LevelSegment key={key} row={row} segment={key} count={count} box={box} fill={fill} />;
      })}
      {labelYear && (
        <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill={AXIS_TEXT}>
          {row.year}
        </text>
      )}
    </g>
  );
}

interface LevelSegmentProps {
  row: LevelRow;
  segment: SegmentKey;
  count: number;
  box: { x: number; y: number; width: number; height: number };
  fill: string;
}

function LevelSegment({ row, segment, count, box, fill }: LevelSegmentProps) {
  const i18n = useI18n();
  // A withheld year is drawn as all its members, with no count: it tells nothing of how many were assessed.
  const label = row.suppressed
    ? `${row.year} — ${i18n.t('withheld')}`
    : `${row.year} — ${segmentLabel(segment, i18n)}: ${count}`;
  const showCount = !row.suppressed && box.height >= MIN_LABEL_HEIGHT && box.width >= MIN_LABEL_WIDTH;
  return (
    <g className={`segment segment-${segment}`}>
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill={fill} stroke="#ffffff" strokeWidth="1">
        <title>{label}</title>
      </rect>
      {showCount && (
        <text
          x={box.x + box.width / 2}
          y={box.y + box.height / 2}
          dy="0.35em"
          textAnchor="middle"
          fontSize="11"
          fontWeight="600"
          fill={fill.startsWith('#') ? textColourOn(fill) : '#1b1b1b'}
          // On a pattern, a white halo keeps the figure readable.
          stroke={fill.startsWith('#') ? 'none' : '#ffffff'}
          strokeWidth={3}
          paintOrder="stroke"
          pointerEvents="none"
        >
          {count}
        </text>
      )}
    </g>
  );
}
