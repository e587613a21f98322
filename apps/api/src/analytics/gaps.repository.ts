import { findItem, type CountCellNoise, type GapShare, type MethodologyVersion } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { toNumber } from '../common/round.js';
import { cellKeyOfRow } from './cell-key-rows.js';
import { GAPS_SQL } from './gaps.sql.js';

interface GapRow extends Record<string, unknown> {
  region: string;
  code: string;
  assessed: number;
  with_gap: number;
}

@Injectable()
export class GapsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Per region and scored item: current assessments to which it applies, and how many score below 0.5. */
  async countGapsByRegionItem(
    groupingId: string,
    year: number,
    statuses: string[],
    codes: string[],
    methodology: MethodologyVersion,
  ): Promise<{ item: GapShare; noise: CountCellNoise }[]> {
    const rows: GapRow[] = await this.reads.query(GAPS_SQL, [groupingId, year, statuses, codes, methodology]);
    return rows.flatMap((r) => {
      const dimension = findItem(r.code)?.dimension;
      if (!dimension) return [];
      const item: GapShare = {
        region: r.region,
        code: r.code,
        dimension,
        assessed: r.assessed,
        withGap: r.with_gap,
        share: r.assessed === 0 ? null : toNumber(r.with_gap / r.assessed),
        suppressed: false,
      };
      return [{ item, noise: { assessed: cellKeyOfRow(r, 'assessed'), count: cellKeyOfRow(r, 'with_gap') } }];
    });
  }
}
