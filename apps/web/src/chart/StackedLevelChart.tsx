import type { Ref } from 'react';
import { SEGMENT_KEYS, maxMembers, type LevelRow } from '../analytics/levelRows';
import { segmentLabel } from './SegmentLabel';
import { useI18n } from '../i18n/useI18n';
import { textColourOn } from './colourScale';
import { ChartPatterns } from './ChartPatterns';
import { segmentFill } from './levelSegments';
import { linearScale, niceTicks, yearTicks } from './linearScale';
import { usePatternIds } from './patterns';

const WIDTH = 760;
const HEIGHT = 300;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 44 };
const MIN_LABEL_HEIGHT = 16;
const MIN_LABEL_WIDTH = 18;
const AXIS_TEXT = '#404040';

/** One bar per year, stacked from level 1 up to level 5, then the withheld and the not assessed. */
export function StackedLevelChart({
  rows,
  title,
  svgRef,
}: {
  rows: readonly LevelRow[];
  title: string;
  /** The drawing, for its download as a picture. */
  svgRef?: Ref<SVGSVGElement>;
}) {
  const i18n = useI18n();
  const patterns = usePatternIds();
  const ticks = niceTicks(Math.max(5, maxMembers(rows)), 5);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = linearScale([0, top], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const band = plotWidth / Math.max(1, rows.length);
  const barWidth = Math.min(56, band * 0.72);
  const first = rows[0]?.year ?? 0;
  const last = rows[rows.length - 1]?.year ?? 0;
  const labelledYears = new Set(yearTicks(first, last, Math.floor(plotWidth / 44)));

  return (
    <svg
      ref={svgRef}
      className="svg-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={title}
      data-testid="level-chart"
    >
      <ChartPatterns ids={patterns} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e3e3e3" />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" fill={AXIS_TEXT}>
            {tick}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const x = MARGIN.left + band * i + (band - barWidth) / 2;
        let base = 0;
        return (
          <g key={row.year} data-year={row.year}>
            {SEGMENT_KEYS.map((key) => {
              const count = row.counts[key];
              if (count <= 0) return null;
              const y0 = y(base);
              base += count;
              const y1 = y(base);
              const height = y0 - y1;
              const fill = segmentFill(key, patterns);
              // A withheld year is drawn as all its members, with no count: it tells nothing of how many were assessed.
              const label = row.suppressed
                ? `${row.year} — ${i18n.t('withheld')}`
                : `${row.year} — ${segmentLabel(key, i18n)}: ${count}`;
              const showCount = !row.suppressed && height >= MIN_LABEL_HEIGHT && barWidth >= MIN_LABEL_WIDTH;
              return (
                <g key={key} className={`segment segment-${key}`}>
                  <rect x={x} y={y1} width={barWidth} height={height} fill={fill} stroke="#ffffff" strokeWidth="1">
                    <title>{label}</title>
                  </rect>
                  {showCount && (
                    <text
                      x={x + barWidth / 2}
                      y={y1 + height / 2}
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
            })}
            {labelledYears.has(row.year) && (
              <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill={AXIS_TEXT}>
                {row.year}
              </text>
            )}
          </g>
        );
      })}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#595959" />
    </svg>
  );
}
