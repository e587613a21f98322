import { NOT_ASSESSED, type Cell } from './cells';
import type { NamedRegion } from './regions';

export interface SeriesPoint {
  year: number;
  cell: Cell;
}

export interface RegionSeries extends NamedRegion {
  /** One point per year from `from` to `to`; a year the API did not report is not assessed. */
  points: SeriesPoint[];
}

/**
 * Each region's yearly figure, for a small multiple: `cellOf` reads it from a row of the API's long
 * format (one row per region and year), e.g. a dimension's mean or a count of arrests.
 */
export function regionSeries<P extends { region: string; year: number }>(
  series: readonly P[],
  regions: readonly NamedRegion[],
  cellOf: (point: P) => Cell,
  from: number,
  to: number,
): RegionSeries[] {
  const byKey = new Map(series.map((p) => [`${p.region}|${p.year}`, p]));
  return regions.map((region) => {
    const points: SeriesPoint[] = [];
    for (let year = from; year <= to; year++) {
      const point = byKey.get(`${region.code}|${year}`);
      points.push({ year, cell: point ? cellOf(point) : NOT_ASSESSED });
    }
    return { ...region, points };
  });
}
