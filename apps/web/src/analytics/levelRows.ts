import type { LevelCounts, LevelsPoint } from '@cpc/domain';

export const LEVELS = ['1', '2', '3', '4', '5'] as const;
export type LevelKey = (typeof LEVELS)[number];

/** The parts of a year's bar, bottom to top: the five levels, then the withheld, then the not assessed. */
export type SegmentKey = LevelKey | 'withheld' | 'notAssessed';
export const SEGMENT_KEYS: readonly SegmentKey[] = [...LEVELS, 'withheld', 'notAssessed'];

export interface LevelRow {
  year: number;
  members: number;
  /**
   * Administrations at each segment; together they are the region's members (give or take the protection of
   * a national user's counts). A withheld year is one "withheld" segment of every member: it tells nothing of
   * how many were assessed.
   */
  counts: Record<SegmentKey, number>;
  /** The levels are withheld from this reader (fewer than three contributing administrations). */
  suppressed: boolean;
}

const NO_LEVELS: LevelCounts = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };

function rowOf(point: LevelsPoint): LevelRow {
  if (point.suppressed || point.assessed === null) {
    return {
      year: point.year,
      members: point.members,
      counts: { ...NO_LEVELS, withheld: point.members, notAssessed: 0 },
      suppressed: true,
    };
  }
  return {
    year: point.year,
    members: point.members,
    counts: {
      ...(point.levels ?? NO_LEVELS),
      withheld: 0,
      notAssessed: point.notAssessed ?? Math.max(0, point.members - point.assessed),
    },
    suppressed: false,
  };
}

/** One stacked bar per year for `region` (ALL for the whole grouping), oldest first. */
export function levelRows(series: readonly LevelsPoint[], region: string): LevelRow[] {
  return series
    .filter((p) => p.region === region)
    .map(rowOf)
    .sort((a, b) => a.year - b.year);
}

const barHeight = (row: LevelRow) => SEGMENT_KEYS.reduce((sum, key) => sum + row.counts[key], 0);

/**
 * The tallest bar, for the chart's scale: at least 1, so an empty grouping still has an axis. A bar of
 * protected counts may stand a little above its members.
 */
export function maxMembers(rows: readonly LevelRow[]): number {
  return Math.max(1, ...rows.map((r) => Math.max(r.members, barHeight(r))));
}
