import type { Ref } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/useI18n';
import type { ClosureBar } from './actionsSeries';

const AXIS_TEXT = { fill: '#404040', fontSize: 11 };

/** The three parts of an item's gaps, each its colour (Okabe–Ito) in the bars, the key and the picture. */
export const CLOSURE_PARTS = [
  { key: 'withAction', label: 'actionsDashColClosedWith', colour: '#009E73' },
  { key: 'withoutAction', label: 'actionsDashColClosedWithout', colour: '#56B4E9' },
  { key: 'stillOpen', label: 'actionsDashColStillOpen', colour: '#BBBBBB' },
] as const;

/** Per item, its gaps split into closed with an action, closed without, still open; a withheld item is empty. */
export function ClosureChart({
  bars,
  label,
  plotRef,
}: {
  bars: readonly ClosureBar[];
  label: string;
  plotRef?: Ref<HTMLDivElement>;
}) {
  const { t, format } = useI18n();
  const height = Math.max(160, bars.length * 28 + 40);
  return (
    <div ref={plotRef} className="trend-chart" data-testid="gap-closure-chart" dir="ltr">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart data={[...bars]} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 8 }} title={label}>
          <CartesianGrid stroke="#e3e3e3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TEXT} tickLine={false} />
          <YAxis type="category" dataKey="code" tick={AXIS_TEXT} tickLine={false} width={56} />
          <Tooltip
            wrapperStyle={{ zIndex: 10 }}
            formatter={(value) => (typeof value === 'number' ? format.count(value) : '—')}
          />
          {CLOSURE_PARTS.map((part) => (
            <Bar
              key={part.key}
              dataKey={part.key}
              name={t(part.label)}
              stackId="gaps"
              fill={part.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
