import { ALL_REGIONS, DIMENSIONS, type Localized, type MaturityPoint } from '@cpc/domain';
import { measureCell, type Cell, type Measure } from './cells';
import { orderedRegions, type NamedRegion } from './regions';

/** The heatmap's columns: the overall index, then the nine dimensions in the instrument's order. */
export const HEATMAP_COLUMNS: readonly Measure[] = ['overall', ...DIMENSIONS];

export interface HeatmapRow {
  region: string;
  name: Localized;
  /** null when withheld: no count goes beside a withheld figure. */
  assessed: number | null;
  members: number;
  /** One per HEATMAP_COLUMNS entry, in that order. */
  cells: Cell[];
}

/**
 * Region × dimension means for one year: one row per region in the grouping's order, then the whole
 * grouping (ALL) when the API sent it. A region without a row for the year is left out.
 */
export function heatmapModel(
  series: readonly MaturityPoint[],
  year: number,
  groupingRegions: readonly NamedRegion[],
): HeatmapRow[] {
  const ofYear = series.filter((p) => p.year === year);
  const codes = [...orderedRegions(ofYear, groupingRegions).map((r) => r.code), ALL_REGIONS];
  return codes.flatMap((code) => {
    const point = ofYear.find((p) => p.region === code);
    if (!point) return [];
    return [
      {
        region: code,
        name: groupingRegions.find((r) => r.code === code)?.name ?? point.regionName,
        assessed: point.assessed,
        members: point.members,
        cells: HEATMAP_COLUMNS.map((measure) => measureCell(point, measure)),
      },
    ];
  });
}
