import { GAP_THRESHOLD, findItem, type CountCellNoise, type GapShare } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toNumber } from '../common/round.js';
import { MEMBERS_CTES, currentInYearCte } from './analytics-sql.js';
import { cellKeyColumns, cellKeyOfRow, recordHash, recordKey, SHARED_CTE } from './disclosure-sql.js';

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 scored item codes in order, $5 the gap threshold. Each
 * (assessment, item) carries two keys: for the population count (0) and for the gap count (1); every record
 * of the population adds its gap key, gap or not, so that a pair of cells differing by one record gets
 * independent noise whatever that record's answer.
 */
export const GAPS_SQL = `
  WITH ${MEMBERS_CTES},${currentInYearCte('$2', '$3')},${SHARED_CTE},
  item_rows AS MATERIALIZED (
    SELECT m.region, p.code, p.points,
           ${recordHash('c.country', `c.id || ':' || p.code || ':' || p.points::text`)} AS h
    FROM members m
    JOIN current_in_year c ON c.country = m.country
    JOIN assessment_item_points p ON p.assessment_id = c.id
  )
  SELECT r.region, i.code,
         count(ir.points)::int AS assessed,
         count(*) FILTER (WHERE ir.points < $5)::int AS with_gap,
         ${cellKeyColumns('assessed', recordKey('ir.h', 0))},
         ${cellKeyColumns('gap', recordKey('ir.h', 1))}
  FROM (SELECT DISTINCT region FROM members) r
  CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS i(code, position)
  LEFT JOIN item_rows ir ON ir.region = r.region AND ir.code = i.code
  GROUP BY r.region, i.code, i.position
  ORDER BY r.region, i.position`;

interface GapRow extends Record<string, unknown> {
  region: string;
  code: string;
  assessed: number;
  with_gap: number;
}

@Injectable()
export class GapsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per region and scored item: current assessments to which it applies, and how many score below 0.5. */
  async countGapsByRegionItem(
    groupingId: string,
    year: number,
    statuses: string[],
    codes: string[],
  ): Promise<{ item: GapShare; noise: CountCellNoise }[]> {
    const rows: GapRow[] = await this.dataSource.query(GAPS_SQL, [groupingId, year, statuses, codes, GAP_THRESHOLD]);
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
      return [{ item, noise: { assessed: cellKeyOfRow(r, 'assessed'), count: cellKeyOfRow(r, 'gap') } }];
    });
  }
}
