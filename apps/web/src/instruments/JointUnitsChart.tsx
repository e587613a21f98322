import type { Ref } from 'react';
import { JOINT_UNIT_TYPES, type JointUnitType } from '@cpc/domain';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/useI18n';
import type { JointUnitRow } from './instrumentSeries';

const HEIGHT = 260;
const INITIAL_WIDTH = 640;
const AXIS_TEXT = { fill: '#404040', fontSize: 11 };

/** Okabe–Ito hues, distinct for every common colour vision; each type also keeps its place in the stack. */
export const UNIT_COLOURS: Record<JointUnitType, string> = {
  aircop_jaitf: '#0072B2',
  ccp_pcu: '#D55E00',
  land_border: '#009E73',
  other: '#CC79A7',
};

interface JointUnitsChartProps {
  rows: readonly JointUnitRow[];
  label: string;
  plotRef?: Ref<HTMLDivElement>;
}

/** The joint units in force by type, stacked year by year; a withheld year has no bar. */
export function JointUnitsChart({ rows, label, plotRef }: JointUnitsChartProps) {
  const { t, format } = useI18n();
  return (
    <div ref={plotRef} className="trend-chart" data-testid="joint-units-chart">
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: INITIAL_WIDTH, height: HEIGHT }}>
        <BarChart data={[...rows]} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TEXT} tickLine={false} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={AXIS_TEXT} tickLine={false} width={40} />
          <Tooltip
            wrapperStyle={{ zIndex: 10 }}
            formatter={(value) => (typeof value === 'number' ? format.count(value) : '—')}
          />
          {JOINT_UNIT_TYPES.map((type) => (
            <Bar
              key={type}
              dataKey={(row: JointUnitRow) => row.units[type]}
              name={t(`instUnit_${type}`)}
              stackId="units"
              fill={UNIT_COLOURS[type]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
