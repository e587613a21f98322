import type { Ref } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BAR_FONT_SIZE, BAR_LINE_HEIGHT, barLayout, wrapLabel } from './barLayout';
import { roundTicks } from './valueFormat';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

/** The value axis: its ticks, and how each prints (distinct labels, e.g. rates with enough digits). */
export interface ValueAxis {
  ticks: number[];
  formatTick: (value: number) => string;
}

const AXES_HEIGHT = 36;
const INITIAL_WIDTH = 600;
const AXIS_TEXT = { fill: '#404040', fontSize: BAR_FONT_SIZE };
const BAR_COLOUR = '#0072B2';

interface BarListProps {
  rows: readonly BarRow[];
  label: string;
  /** The exact value, as the tooltip (and the table) print it. */
  formatValue: (value: number) => string;
  /** The bar's own label and the axis's: short, e.g. compact notation ("3.4M"). */
  formatLabel?: (value: number) => string;
  /** Ticks of the value axis; round steps from 0 past the largest value when left out. */
  axis?: ValueAxis;
  testId?: string;
  /** The element the chart is drawn in, for its download as a picture. */
  plotRef?: Ref<HTMLDivElement>;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category name on as many lines as it needs, right-aligned against the bars. */
function WrappedTick({ x, y, payload }: TickProps) {
  const value = payload?.value;
  const lines = wrapLabel(typeof value === 'string' ? value : '');
  const first = -((lines.length - 1) * BAR_LINE_HEIGHT) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" dominantBaseline="central" {...AXIS_TEXT}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x) - 4} dy={i === 0 ? first : BAR_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Horizontal bars, largest first as given, each labelled with its value: one quantity in one unit. The names
 * wrap on the category axis and the labels have room beside the longest bar, so neither overlaps nor is cut.
 */
export function BarList({ rows, label, formatValue, formatLabel = formatValue, axis, testId, plotRef }: BarListProps) {
  const layout = barLayout(
    rows.map((r) => r.label),
    rows.map((r) => formatLabel(r.value)),
  );
  const height = rows.length * layout.rowHeight + AXES_HEIGHT;
  const ticks = axis?.ticks ?? roundTicks(Math.max(0, ...rows.map((r) => r.value)));
  const tickFormat = axis?.formatTick ?? formatLabel;
  return (
    // Drawn left to right in every language (as the other charts are): in Arabic, the names stay right-aligned
    // against the axis and the figures beside their bars.
    <div ref={plotRef} className="bar-list" data-testid={testId} dir="ltr">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
        <BarChart
          data={[...rows]}
          layout="vertical"
          margin={{ top: 4, right: layout.labelRoom, bottom: 4, left: 4 }}
          title={label}
        >
          <CartesianGrid stroke="#e3e3e3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, ticks.at(-1) ?? 'auto']}
            ticks={ticks}
            tickFormatter={(v: number) => tickFormat(v)}
            tick={AXIS_TEXT}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={layout.axisWidth}
            tick={<WrappedTick />}
            tickLine={false}
            interval={0}
          />
          {barTooltip(formatValue)}
          <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => (typeof value === 'number' ? formatLabel(value) : '')}
              style={{ fill: '#1b1b1b', fontSize: BAR_FONT_SIZE }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/* A plain function, not a component: recharts reads the tooltip as the chart's own child. */
function barTooltip(formatValue: (value: number) => string) {
  return (
    <Tooltip
      cursor={{ fill: '#f0f0f0' }}
      content={({ active, payload }) => {
        const row: unknown = payload[0]?.payload;
        if (!active || !isBarRow(row)) return null;
        return (
          <div className="maturity-tooltip" data-testid="bar-tooltip">
            <p className="maturity-tooltip-year">{row.label}</p>
            <p>{formatValue(row.value)}</p>
          </div>
        );
      }}
    />
  );
}

function isBarRow(value: unknown): value is BarRow {
  return typeof value === 'object' && value !== null && 'label' in value && 'value' in value;
}
