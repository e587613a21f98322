import { DIMENSIONS, type CurrentAssessment } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toNumber } from '../common/round.js';
import { MEMBERS_CTES, currentInYearCte } from './analytics-sql.js';

/** $1 grouping, $2 year, $3 counted statuses. */
export const CURRENT_SQL = `
  WITH ${MEMBERS_CTES},${currentInYearCte('$2', '$3')}
  SELECT c.id, c.country, g.region, c.year, a.status, a.overall_index, a.computed_level, a.self_level,
         (SELECT json_object_agg(s.dimension, s.score) FROM assessment_dimension_scores s WHERE s.assessment_id = c.id)
           AS dimensions
  FROM current_in_year c
  JOIN grouping_members g ON g.country = c.country
  JOIN assessments a ON a.id = c.id
  WHERE a.overall_index IS NOT NULL
  ORDER BY c.country`;

interface CurrentRow {
  id: string;
  country: string;
  region: string;
  year: number;
  status: 'submitted' | 'validated';
  overall_index: number;
  computed_level: number;
  self_level: number | null;
  dimensions: Record<string, number> | null;
}

@Injectable()
export class CurrentAssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each member country's current assessment in one year, with its scores (the map's values). */
  async findCurrentAssessments(groupingId: string, year: number, statuses: string[]): Promise<CurrentAssessment[]> {
    const rows: CurrentRow[] = await this.dataSource.query(CURRENT_SQL, [groupingId, year, statuses]);
    return rows.map((r) => ({
      id: r.id,
      country: r.country,
      region: r.region,
      year: r.year,
      status: r.status,
      scores: {
        overall: toNumber(r.overall_index) ?? 0,
        level: r.computed_level,
        selfLevel: r.self_level,
        dimensions: Object.fromEntries(
          DIMENSIONS.map((d) => [d, toNumber(r.dimensions?.[d])]),
        ) as CurrentAssessment['scores']['dimensions'],
      },
    }));
  }
}
