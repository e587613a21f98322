import type { MaturityPoint } from '@cpc/domain';
import { NOT_ASSESSED, measureCell, type Cell, type Measure } from './cells';
import type { NamedRegion } from './regions';

export interface SeriesPoint {
  year: number;
  cell: Cell;
}

export interface RegionSeries extends NamedRegion {
  /** One point per year from `from` to `to`; a year the API did not report is not assessed. */
  points: SeriesPoint[];
}

/** Each region's yearly mean of `measure` (the overall index or a dimension), for a small multiple. */
export function regionSeries(
  series: readonly MaturityPoint[],
  regions: readonly NamedRegion[],
  measure: Measure,
  from: number,
  to: number,
): RegionSeries[] {
  const byKey = new Map(series.map((p) => [`${p.region}|${p.year}`, p]));
  return regions.map((region) => {
    const points: SeriesPoint[] = [];
    for (let year = from; year <= to; year++) {
      const point = byKey.get(`${region.code}|${year}`);
      points.push({ year, cell: point ? measureCell(point, measure) : NOT_ASSESSED });
    }
    return { ...region, points };
  });
}
