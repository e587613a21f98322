import type { LevelCounts, LevelsPoint } from '@cpc/domain';

export const LEVELS = ['1', '2', '3', '4', '5'] as const;
export type LevelKey = (typeof LEVELS)[number];

/** The parts of a year's bar, bottom to top: the five levels, then the withheld, then the not assessed. */
export type SegmentKey = LevelKey | 'withheld' | 'notAssessed';
export const SEGMENT_KEYS: readonly SegmentKey[] = [...LEVELS, 'withheld', 'notAssessed'];

export interface LevelRow {
  year: number;
  members: number;
  /** Administrations at each segment; together they are the region's members. */
  counts: Record<SegmentKey, number>;
  /** The levels are withheld from this reader (fewer than three assessed). */
  suppressed: boolean;
}

const NO_LEVELS: LevelCounts = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };

function rowOf(point: LevelsPoint): LevelRow {
  const levels = point.suppressed ? NO_LEVELS : (point.levels ?? NO_LEVELS);
  return {
    year: point.year,
    members: point.members,
    counts: {
      ...levels,
      // A withheld cell still says how many were assessed: they are shown as withheld, not as a level.
      withheld: point.suppressed ? point.assessed : 0,
      notAssessed: point.members - point.assessed,
    },
    suppressed: point.suppressed,
  };
}

/** One stacked bar per year for `region` (ALL for the whole grouping), oldest first. */
export function levelRows(series: readonly LevelsPoint[], region: string): LevelRow[] {
  return series
    .filter((p) => p.region === region)
    .map(rowOf)
    .sort((a, b) => a.year - b.year);
}

/** The tallest bar, for the chart's scale: at least 1, so an empty grouping still has an axis. */
export function maxMembers(rows: readonly LevelRow[]): number {
  return Math.max(1, ...rows.map((r) => r.members));
}
