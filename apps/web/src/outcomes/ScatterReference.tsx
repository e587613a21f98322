import { LabelList, Scatter } from 'recharts';
import { LegendSwatch } from '../chart/LegendSwatch';
import { RegionSymbol } from '../chart/RegionSymbol';
import { useI18n } from '../i18n/useI18n';
import type { StyledScatterGroup } from './OutcomeScatter';

/** The region's reference as the scatter draws it: a point with the legend's words. */
export interface ScatterReferencePoint {
  /** "Europe, all members (reference)". */
  label: string;
  regionName: string;
  overall: number;
  value: number;
  /** The value as written: an average per country keeps a decimal that a country's count has not. */
  valueText: string;
}

const REFERENCE_COLOUR = '#404040';
const LABEL_STYLE = { fill: '#1b1b1b', fontSize: 12 };

/** A point's name written beside it, for the few points a national user sees. */
export function pointLabels(nameOf: (country: string) => string) {
  return (
    <LabelList
      dataKey="country"
      position="top"
      offset={10}
      formatter={(value) => (typeof value === 'string' ? nameOf(value) : '')}
      style={LABEL_STYLE}
    />
  );
}

/*
 * A plain function, not a component: recharts reads its series as the chart's own children. The reference is a
 * hollow grey diamond, labelled with the region's name.
 */
export function referenceScatter(reference: ScatterReferencePoint) {
  return (
    <Scatter
      key="reference"
      name={reference.label}
      data={[{ ...reference, reference: true }]}
      fill={REFERENCE_COLOUR}
      isAnimationActive={false}
      shape={({ cx, cy }: { cx?: number; cy?: number }) =>
        cx === undefined || cy === undefined ? null : (
          <RegionSymbol cx={cx} cy={cy} symbol="diamond" colour={REFERENCE_COLOUR} hollow size={90} />
        )
      }
    >
      <LabelList dataKey="regionName" position="bottom" offset={10} style={LABEL_STYLE} />
    </Scatter>
  );
}

/** The key of a national user's scatter: each country by name in its region's symbol, then the reference. */
export function NamedPointsLegend({
  groups,
  nameOf,
  reference,
}: {
  groups: readonly StyledScatterGroup[];
  nameOf: (country: string) => string;
  reference: ScatterReferencePoint | null;
}) {
  const { localize } = useI18n();
  return (
    <ul className="inline-legend" data-testid="scatter-named-legend">
      {groups.flatMap((g) =>
        g.points.map((p) => (
          <li key={p.country}>
            <LegendSwatch style={g.style} markerOnly />
            {nameOf(p.country)} ({localize(g.name)})
          </li>
        )),
      )}
      {reference && (
        <li key="reference" data-testid="scatter-reference-key">
          <LegendSwatch style={{ colour: REFERENCE_COLOUR, symbol: 'diamond' }} markerOnly hollow />
          {reference.label}
        </li>
      )}
    </ul>
  );
}
