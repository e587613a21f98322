import type { CountCellNoise, DifficultyShare } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { toNumber } from '../common/round.js';
import { DIFFICULTIES_SQL } from './difficulties.sql.js';
import { cellKeyOfRow } from './cell-key-rows.js';

interface DifficultyRow extends Record<string, unknown> {
  region: string;
  code: string;
  assessed: number;
  count: number;
}

@Injectable()
export class DifficultiesRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** How often each A.17 difficulty is reported, per region, among the current assessments of one year. */
  async countDifficultiesByRegion(
    groupingId: string,
    year: number,
    statuses: string[],
    options: string[],
  ): Promise<{ item: DifficultyShare; noise: CountCellNoise }[]> {
    const rows: DifficultyRow[] = await this.reads.query(DIFFICULTIES_SQL, [groupingId, year, statuses, options]);
    return rows.map((r) => ({
      item: {
        region: r.region,
        option: r.code,
        assessed: r.assessed,
        count: r.count,
        share: r.assessed === 0 ? null : toNumber(r.count / r.assessed),
        suppressed: false,
      },
      noise: { assessed: cellKeyOfRow(r, 'assessed'), count: cellKeyOfRow(r, 'count') },
    }));
  }
}
