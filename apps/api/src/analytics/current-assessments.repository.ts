import {
  DIMENSIONS,
  type CurrentAssessment,
  type Dimension,
  type MapMetric,
  type MapValue,
  type MethodologyVersion,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { toNumber } from '../common/round.js';
import { CURRENT_SQL, mapValuesSql, MEMBER_COUNT_SQL } from './current-assessments.sql.js';

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

/** Which members of the list: `offset` skipped, then `limit` of them (null: every one), in the order of their codes. */
export interface MemberPage {
  offset: number;
  limit: number | null;
}

@Injectable()
export class CurrentAssessmentsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** The current assessment in one year, with its scores, of each member of a page of one region's members, or of all. */
  async findCurrentAssessments(
    groupingId: string,
    year: number,
    statuses: string[],
    methodology: MethodologyVersion,
    region: string | null,
    page: MemberPage,
  ): Promise<CurrentAssessment[]> {
    const rows: CurrentRowWithDimensions[] = await this.reads.query(CURRENT_SQL, [
      groupingId,
      year,
      statuses,
      methodology,
      region,
      page.offset,
      page.limit,
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

  /** How many countries the list has (one region's members, or all), over all its pages. */
  async countMembers(groupingId: string, year: number, region: string | null): Promise<number> {
    const [row]: { total: number }[] = await this.reads.query(MEMBER_COUNT_SQL, [groupingId, year, region]);
    return row?.total ?? 0;
  }

  /** One figure of the current assessment in one year of each member of a page of one region's members, or of all: the map's rows. */
  async findMapValues(
    groupingId: string,
    year: number,
    statuses: string[],
    methodology: MethodologyVersion,
    region: string | null,
    metric: MapMetric,
    page: MemberPage,
  ): Promise<MapValue[]> {
    const rows: (Omit<MapValue, 'value'> & { value: unknown })[] = await this.reads.query(mapValuesSql(metric), [
      groupingId,
      year,
      statuses,
      methodology,
      region,
      page.offset,
      page.limit,
    ]);
    return rows.map((r) => ({ country: r.country, value: toNumber(r.value), year: r.year, status: r.status }));
  }
}
