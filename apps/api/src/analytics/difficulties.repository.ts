import type { DifficultyShare } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toNumber } from '../common/round.js';
import { MEMBERS_CTES, currentInYearCte } from './analytics-sql.js';

/** $1 grouping, $2 year, $3 counted statuses, $4 the A.17 options in order. */
export const DIFFICULTIES_SQL = `
  WITH ${MEMBERS_CTES},${currentInYearCte('$2', '$3')},
  assessed AS (
    SELECT m.region, count(c.id)::int AS assessed
    FROM members m LEFT JOIN current_in_year c ON c.country = m.country
    GROUP BY m.region
  ),
  picked AS (
    SELECT m.region, option, count(*)::int AS count
    FROM members m
    JOIN current_in_year c ON c.country = m.country
    CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(c.answers -> 'A.17', '[]'::jsonb)) AS option
    GROUP BY m.region, option
  )
  SELECT a.region, o.option, a.assessed, coalesce(p.count, 0)::int AS count
  FROM assessed a
  CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS o(option, position)
  LEFT JOIN picked p ON p.region = a.region AND p.option = o.option
  ORDER BY a.region, o.position`;

interface DifficultyRow {
  region: string;
  option: string;
  assessed: number;
  count: number;
}

@Injectable()
export class DifficultiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How often each A.17 difficulty is reported, per region, among the current assessments of one year. */
  async countDifficultiesByRegion(
    groupingId: string,
    year: number,
    statuses: string[],
    options: string[],
  ): Promise<DifficultyShare[]> {
    const rows: DifficultyRow[] = await this.dataSource.query(DIFFICULTIES_SQL, [groupingId, year, statuses, options]);
    return rows.map((r) => ({
      region: r.region,
      option: r.option,
      assessed: r.assessed,
      count: r.count,
      share: r.assessed === 0 ? null : toNumber(r.count / r.assessed),
      suppressed: false,
    }));
  }
}
