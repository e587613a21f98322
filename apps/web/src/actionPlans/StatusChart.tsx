import type { Ref } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/useI18n';
import type { StatusRow } from './actionsSeries';
import { STATUS_COLOURS } from './statusColours';
import { ACTION_STATUSES } from './types';

const HEIGHT = 280;
const INITIAL_WIDTH = 640;
const AXIS_TEXT = { fill: '#404040', fontSize: 11 };
/** The overdue line: the vermilion of the timeline's overdue mark. */
export const OVERDUE_COLOUR = '#D55E00';

/** The actions by status at 31 December, stacked year by year, with the overdue as a line; a withheld year is empty. */
export function StatusChart({
  rows,
  label,
  plotRef,
}: {
  rows: readonly StatusRow[];
  label: string;
  plotRef?: Ref<HTMLDivElement>;
}) {
  const { t, format } = useI18n();
  const data = rows.map((row) => ({ year: row.year, ...(row.actions ?? {}), overdue: row.overdue }));
  return (
    <div ref={plotRef} className="trend-chart" data-testid="actions-status-chart">
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: INITIAL_WIDTH, height: HEIGHT }}>
        <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TEXT} tickLine={false} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={AXIS_TEXT} tickLine={false} width={40} />
          <Tooltip
            wrapperStyle={{ zIndex: 10 }}
            formatter={(value) => (typeof value === 'number' ? format.count(value) : '—')}
          />
          {ACTION_STATUSES.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={t(`planStatus_${status}`)}
              stackId="status"
              fill={STATUS_COLOURS[status]}
              isAnimationActive={false}
            />
          ))}
          <Line
            dataKey="overdue"
            name={t('planOverdue')}
            stroke={OVERDUE_COLOUR}
            strokeWidth={2.5}
            dot={{ r: 3 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
