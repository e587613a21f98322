import { ALL_REGIONS, type Localized, type MaturityPoint } from '@cpc/domain';

export interface NamedRegion {
  code: string;
  name: Localized;
}

/**
 * The regions of a response in the grouping's order (which fixes their colours), then any region the
 * API reports that the grouping list lacks (e.g. a custom grouping edited meanwhile). Never ALL.
 */
export function orderedRegions(
  series: readonly Pick<MaturityPoint, 'region' | 'regionName'>[],
  groupingRegions: readonly NamedRegion[],
): NamedRegion[] {
  const regions = groupingRegions.map((r) => ({ code: r.code, name: r.name }));
  const known = new Set(regions.map((r) => r.code));
  for (const point of series) {
    if (point.region === ALL_REGIONS || known.has(point.region)) continue;
    known.add(point.region);
    regions.push({ code: point.region, name: point.regionName });
  }
  return regions;
}
