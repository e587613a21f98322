import { ALL_REGIONS } from '@cpc/domain';
import { useMemo } from 'react';
import { Area, Line } from 'recharts';
import { interquartileRangeOf, meanOf } from './chartModel';
import { ALL_MEMBERS_DASH, ALL_MEMBERS_STYLE } from './regionStyle';
import type { StyledRegion } from './styledRegions';
import { renderCoverageDot } from './renderCoverageDot';

const BAND_OPACITY = 0.12;
const HIGHLIGHTED_BAND_OPACITY = 0.25;
const DIMMED_OPACITY = 0.2;

type Accessors = ReadonlyMap<
  string,
  { mean: ReturnType<typeof meanOf>; band: ReturnType<typeof interquartileRangeOf> }
>;

/** The mean and interquartile-band readers of each region and of ALL, made once per set of regions. */
export function useSeriesAccessors(regions: readonly StyledRegion[]): Accessors {
  return useMemo(
    () =>
      new Map(
        [...regions.map((r) => r.code), ALL_REGIONS].map((code) => [
          code,
          { mean: meanOf(code), band: interquartileRangeOf(code) },
        ]),
      ),
    [regions],
  );
}

/*
 * The series are made by plain functions rather than components: recharts reads its graphical items as the
 * chart's own children, so they stay <Area> and <Line> elements there.
 */

/** Each region's interquartile band, brighter while one region is highlighted. */
export function bandAreas(bandRegions: readonly StyledRegion[], accessors: Accessors, highlighted: string | null) {
  return bandRegions.map((region) => (
    <Area
      key={`band-${region.code}`}
      className={`region-band region-band-${region.code}`}
      dataKey={accessors.get(region.code)?.band}
      stroke="none"
      fill={region.style.colour}
      fillOpacity={highlighted === null ? BAND_OPACITY : HIGHLIGHTED_BAND_OPACITY}
      legendType="none"
      tooltipType="none"
      activeDot={false}
      isAnimationActive={false}
    />
  ));
}

/** Each region's mean line; the others are dimmed while one is highlighted. */
export function regionLines(regions: readonly StyledRegion[], accessors: Accessors, highlighted: string | null) {
  return regions.map((region) => {
    const dimmed = highlighted !== null && highlighted !== region.code;
    return (
      <Line
        key={region.code}
        name={region.code}
        className={`region-line region-line-${region.code}`}
        dataKey={accessors.get(region.code)?.mean}
        type="linear"
        stroke={region.style.colour}
        strokeWidth={highlighted === region.code ? 3.5 : 2.5}
        strokeOpacity={dimmed ? DIMMED_OPACITY : 1}
        dot={renderCoverageDot(region.code, region.style, dimmed ? DIMMED_OPACITY : 1)}
        activeDot={false}
        isAnimationActive={false}
      />
    );
  });
}

/** The dashed line of the whole grouping, dimmed while a region is highlighted. */
export function allMembersLine(accessors: Accessors, highlighted: string | null) {
  return (
    <Line
      key={ALL_REGIONS}
      name={ALL_REGIONS}
      className="all-members-line"
      dataKey={accessors.get(ALL_REGIONS)?.mean}
      type="linear"
      stroke={ALL_MEMBERS_STYLE.colour}
      strokeWidth={2}
      strokeDasharray={ALL_MEMBERS_DASH}
      strokeOpacity={highlighted === null ? 1 : DIMMED_OPACITY}
      dot={renderCoverageDot(ALL_REGIONS, ALL_MEMBERS_STYLE, highlighted === null ? 1 : DIMMED_OPACITY)}
      activeDot={false}
      isAnimationActive={false}
    />
  );
}
