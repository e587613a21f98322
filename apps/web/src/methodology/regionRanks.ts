import { ALL_REGIONS, type Localized, type MaturityPoint } from '@cpc/domain';

/** A region's mean index in a year and its place among the grouping's regions; null where it has no mean. */
export interface RankedRegion {
  region: string;
  regionName: Localized;
  mean: number | null;
  rank: number | null;
}

/** One region under both versions. `change` is how many places it rises under v2 (negative: falls). */
export interface RankComparisonRow {
  region: string;
  regionName: Localized;
  meanV1: number | null;
  rankV1: number | null;
  meanV2: number | null;
  rankV2: number | null;
  /** rank v1 − rank v2: positive when the region climbs under v2; null unless ranked under both. */
  change: number | null;
}

const hasMean = (point: MaturityPoint): point is MaturityPoint & { mean: number } =>
  !point.suppressed && point.mean !== null;

/** A mean as the pages show it, to one decimal: regions that read alike rank alike. */
const shown = (mean: number) => Math.round(mean * 10) / 10;

/**
 * Ranks the regions of a year by mean index, highest first (rank 1). Means equal to the decimal shown share a
 * rank and the next rank skips (1, 2, 2, 4). The whole grouping (ALL) is no region; a withheld or unassessed
 * region has no rank.
 */
export function rankRegions(series: readonly MaturityPoint[], year: number): RankedRegion[] {
  const points = series.filter((p) => p.year === year && p.region !== ALL_REGIONS);
  const means = points.filter(hasMean).map((p) => shown(p.mean));
  return points.map((p) => ({
    region: p.region,
    regionName: p.regionName,
    mean: hasMean(p) ? p.mean : null,
    rank: hasMean(p) ? 1 + means.filter((other) => other > shown(p.mean)).length : null,
  }));
}

/** Unranked last, then by rank, then by region code. */
function byRank(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/**
 * The regions of a year under v1 and v2, ordered by their v1 rank (then v2's), with the change of rank. A region
 * that one answer lacks is shown without a mean under that version.
 */
export function compareRanks(
  v1: readonly MaturityPoint[],
  v2: readonly MaturityPoint[],
  year: number,
): RankComparisonRow[] {
  const first = new Map(rankRegions(v1, year).map((r) => [r.region, r]));
  const second = new Map(rankRegions(v2, year).map((r) => [r.region, r]));
  const codes = [...new Set([...first.keys(), ...second.keys()])];
  const rows = codes.map((region): RankComparisonRow => {
    const a = first.get(region);
    const b = second.get(region);
    const rankV1 = a?.rank ?? null;
    const rankV2 = b?.rank ?? null;
    return {
      region,
      regionName: (a ?? b)?.regionName ?? { en: region, fr: region },
      meanV1: a?.mean ?? null,
      rankV1,
      meanV2: b?.mean ?? null,
      rankV2,
      change: rankV1 !== null && rankV2 !== null ? rankV1 - rankV2 : null,
    };
  });
  return rows.sort(
    (x, y) => byRank(x.rankV1, y.rankV1) || byRank(x.rankV2, y.rankV2) || x.region.localeCompare(y.region),
  );
}
