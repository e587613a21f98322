import type { ChartRegion } from './chartModel';
import { regionStyle, type RegionStyle } from './regionStyle';

export interface StyledRegion extends ChartRegion {
  style: RegionStyle;
}

export function styleRegions(regions: readonly ChartRegion[]): StyledRegion[] {
  return regions.map((region, index) => ({ ...region, style: regionStyle(index) }));
}
