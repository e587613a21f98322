import { DIMENSIONS, type CurrentAssessment, type Dimension, type MethodologyVersion } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { toNumber } from '../common/round.js';
import { CURRENT_SQL } from './current-assessments.sql.js';

interface CurrentRow {
  id: string;
  country: string;
  region: string;
  year: number;
  status: 'submitted' | 'validated';
  overall_index: number;
  computed_level: number;
  self_level: number | null;
}

/** A row with each dimension's score in its own column. */
type CurrentRowWithDimensions = CurrentRow & Record<Dimension, number | null>;

@Injectable()
export class CurrentAssessmentsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Each member country's current assessment in one year (of one region, or of all), with its scores (the map's values). */
  async findCurrentAssessments(
    groupingId: string,
    year: number,
    statuses: string[],
    methodology: MethodologyVersion,
    region: string | null,
  ): Promise<CurrentAssessment[]> {
    const rows: CurrentRowWithDimensions[] = await this.reads.query(CURRENT_SQL, [
      groupingId,
      year,
      statuses,
      methodology,
      region,
    ]);
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
          DIMENSIONS.map((d) => [d, toNumber(r[d])]),
        ) as CurrentAssessment['scores']['dimensions'],
      },
    }));
  }
}
