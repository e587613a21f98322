import {
  DIMENSIONS,
  type Answers,
  type AssessmentStatus,
  type Dimension,
  type Localized,
  type MethodologyVersion,
  type ProfileAssessment,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toNumber } from '../common/round.js';
import { ANSWERS_SQL, COMPARISON_SQL, COUNTRY_ASSESSMENTS_SQL, COUNTRY_REGIONS_SQL } from './profile.sql.js';

export interface CountryAssessmentRow extends ProfileAssessment {
  demo: boolean;
}

export interface CountryRegion {
  grouping: string;
  groupingName: Localized;
  code: string;
  name: Localized;
}

export interface DimensionComparison {
  dimension: Dimension;
  country: number | null;
  regionMean: number | null;
  regionMedian: number | null;
  rankInRegion: number | null;
  regionAssessed: number;
}

interface AssessmentRow {
  id: string;
  year: number;
  status: AssessmentStatus;
  overall_index: number | null;
  computed_level: number | null;
  self_level: number | null;
  source: string;
  dimensions: Record<string, number>;
}

@Injectable()
export class ProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every assessment of the country, oldest first, with its scores under a methodology version. */
  async findCountryAssessments(iso3: string, methodology: MethodologyVersion): Promise<CountryAssessmentRow[]> {
    const rows: AssessmentRow[] = await this.dataSource.query(COUNTRY_ASSESSMENTS_SQL, [iso3, methodology]);
    return rows.map((r) => ({
      id: r.id,
      year: r.year,
      status: r.status,
      overall: toNumber(r.overall_index),
      level: r.computed_level,
      selfLevel: r.self_level,
      dimensions: Object.fromEntries(
        DIMENSIONS.map((d) => [d, toNumber(r.dimensions[d])]),
      ) as ProfileAssessment['dimensions'],
      demo: r.source === 'demo',
    }));
  }

  async findAnswers(assessmentId: string): Promise<Answers> {
    const rows: { answers: Answers }[] = await this.dataSource.query(ANSWERS_SQL, [assessmentId]);
    return rows[0]?.answers ?? {};
  }

  /** The regions the country belongs to, built-in groupings first. */
  async findCountryRegions(iso3: string): Promise<CountryRegion[]> {
    const rows: { grouping: string; grouping_names: Localized; code: string; names: Localized }[] =
      await this.dataSource.query(COUNTRY_REGIONS_SQL, [iso3]);
    return rows.map((r) => ({
      grouping: r.grouping,
      groupingName: r.grouping_names,
      code: r.code,
      name: r.names,
    }));
  }

  /** Per dimension: the country's score, the region's mean and median, and the country's rank, in one year. */
  async compareWithRegion(
    groupingId: string,
    region: string,
    iso3: string,
    year: number,
    statuses: string[],
    methodology: MethodologyVersion,
  ): Promise<DimensionComparison[]> {
    const rows: {
      dimension: Dimension;
      country: number | null;
      mean: number | null;
      median: number | null;
      rank: number | null;
      assessed: number;
    }[] = await this.dataSource.query(COMPARISON_SQL, [
      groupingId,
      region,
      iso3,
      year,
      statuses,
      DIMENSIONS,
      methodology,
    ]);
    return rows.map((r) => ({
      dimension: r.dimension,
      country: toNumber(r.country),
      regionMean: toNumber(r.mean),
      regionMedian: toNumber(r.median),
      rankInRegion: r.rank,
      regionAssessed: r.assessed,
    }));
  }
}
