import type { Localized } from '@cpc/domain';
import type { RegionSeries } from '../analytics/regionSeries';
import type { KeyEntry } from '../export/chartKey';
import type { ChartRegion } from './chartModel';
import { regionStyle, type RegionStyle } from './regionStyle';
import type { StyledSeries } from './SmallLineChart';

export interface StyledRegion extends ChartRegion {
  style: RegionStyle;
}

export function styleRegions(regions: readonly ChartRegion[]): StyledRegion[] {
  return regions.map((region, index) => ({ ...region, style: regionStyle(index) }));
}

/** Gives each region's series the style of its region, so every chart of a page draws a region alike. */
export function styleSeries(series: readonly RegionSeries[], regions: readonly StyledRegion[]): StyledSeries[] {
  const styles = new Map(regions.map((r) => [r.code, r.style]));
  return series.map((s) => ({ ...s, style: styles.get(s.code) ?? regionStyle(0) }));
}

/** The regions as the key of a downloaded picture: each one's colour and name. */
export function regionKey(
  regions: readonly { name: Localized; style: RegionStyle }[],
  localize: (text: Localized) => string,
): KeyEntry[] {
  return regions.map((region) => ({ label: localize(region.name), colour: region.style.colour }));
}
