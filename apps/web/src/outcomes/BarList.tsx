import type { Ref } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface BarRow {
  key: string;
  label: string;
  value: number;
}

const BAR_HEIGHT = 30;
const AXES_HEIGHT = 36;
const INITIAL_WIDTH = 600;
const AXIS_TEXT = { fill: '#404040', fontSize: 12 };
const BAR_COLOUR = '#0072B2';

interface BarListProps {
  rows: readonly BarRow[];
  label: string;
  /** A value as the axis and the bar's own label print it. */
  formatValue: (value: number) => string;
  testId?: string;
  /** The element the chart is drawn in, for its download as a picture. */
  plotRef?: Ref<HTMLDivElement>;
}

/** Horizontal bars, largest first as given, each labelled with its value: one quantity in one unit. */
export function BarList({ rows, label, formatValue, testId, plotRef }: BarListProps) {
  const height = rows.length * BAR_HEIGHT + AXES_HEIGHT;
  return (
    <div ref={plotRef} className="bar-list" data-testid={testId}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: INITIAL_WIDTH, height }}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }} title={label}>
          <CartesianGrid stroke="#e3e3e3" horizontal={false} />
          <XAxis type="number" domain={[0, 'auto']} tickFormatter={(v: number) => formatValue(v)} tick={AXIS_TEXT} />
          <YAxis type="category" dataKey="label" width={170} tick={AXIS_TEXT} tickLine={false} />
          <Bar dataKey="value" fill={BAR_COLOUR} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value) => (typeof value === 'number' ? formatValue(value) : '')}
              style={{ fill: '#1b1b1b', fontSize: 12 }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
