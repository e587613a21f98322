import type { OutcomePoint } from '@cpc/domain';
import type { NamedRegion } from './regions';

export interface ScatterPoint {
  country: string;
  overall: number;
  value: number;
}

export interface ScatterGroup extends NamedRegion {
  points: ScatterPoint[];
}

/**
 * The points that have a value, by region in the grouping's order (which fixes their colours); a region
 * the grouping list lacks comes last under its code. A point without a value (a hit rate without any
 * query) cannot be drawn: the table lists it.
 */
export function scatterGroups(points: readonly OutcomePoint[], regions: readonly NamedRegion[]): ScatterGroup[] {
  const groups: ScatterGroup[] = regions.map((r) => ({ code: r.code, name: r.name, points: [] }));
  for (const { country, region, overall, value } of points) {
    if (value === null) continue;
    let group = groups.find((g) => g.code === region);
    if (!group) {
      group = { code: region, name: { en: region, fr: region }, points: [] };
      groups.push(group);
    }
    group.points.push({ country, overall, value });
  }
  return groups;
}
