import {
  CURRENT_WINDOW_YEARS,
  DIMENSIONS,
  type Answers,
  type AssessmentStatus,
  type Dimension,
  type Localized,
  type ProfileAssessment,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toNumber } from '../common/round.js';

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

/** $1 country: every assessment of the country, oldest first, with its dimension scores. */
export const COUNTRY_ASSESSMENTS_SQL = `
  SELECT a.id, a.year, a.status, a.overall_index, a.computed_level, a.self_level, a.source,
         coalesce(jsonb_object_agg(s.dimension, s.score) FILTER (WHERE s.dimension IS NOT NULL), '{}'::jsonb) AS dimensions
  FROM assessments a LEFT JOIN assessment_dimension_scores s ON s.assessment_id = a.id
  WHERE a.country_iso3 = $1
  GROUP BY a.id
  ORDER BY a.year`;

/** $1 country: the regions it belongs to, built-in groupings first. */
export const COUNTRY_REGIONS_SQL = `
  SELECT g.id AS grouping, g.name_en AS g_en, g.name_fr AS g_fr, r.code, r.name_en AS r_en, r.name_fr AS r_fr
  FROM region_members m JOIN regions r ON r.id = m.region_id JOIN groupings g ON g.id = r.grouping_id
  WHERE m.country_iso3 = $1
  ORDER BY g.built_in DESC, g.id, r.position`;

export const ANSWERS_SQL = 'SELECT answers FROM assessments WHERE id = $1';

/**
 * Per dimension, in one year: the country's score, the region's mean and median, the country's rank.
 * $1 grouping, $2 region code, $3 country, $4 year, $5 counted statuses, $6 dimensions.
 */
export const COMPARISON_SQL = `
  WITH peers AS (
    SELECT m.country_iso3 AS country
    FROM regions r JOIN region_members m ON m.region_id = r.id
    WHERE r.grouping_id = $1 AND r.code = $2
  ),
  current_in_year AS (
    SELECT DISTINCT ON (a.country_iso3) a.country_iso3 AS country, a.id
    FROM assessments a
    WHERE a.status = ANY($5::text[])
      AND a.year BETWEEN $4::int - ${CURRENT_WINDOW_YEARS} AND $4::int
      AND a.country_iso3 IN (SELECT country FROM peers)
    ORDER BY a.country_iso3, a.year DESC
  ),
  ranked AS (
    SELECT s.dimension, c.country, s.score, rank() OVER (PARTITION BY s.dimension ORDER BY s.score DESC) AS rank
    FROM current_in_year c JOIN assessment_dimension_scores s ON s.assessment_id = c.id
  )
  SELECT d.dimension,
         max(r.score) FILTER (WHERE r.country = $3) AS country,
         avg(r.score) AS mean,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY r.score) AS median,
         max(r.rank) FILTER (WHERE r.country = $3)::int AS rank,
         count(r.score)::int AS assessed
  FROM unnest($6::text[]) WITH ORDINALITY AS d(dimension, position)
  LEFT JOIN ranked r ON r.dimension = d.dimension
  GROUP BY d.dimension, d.position
  ORDER BY d.position`;

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

  /** Every assessment of the country, oldest first, with its dimension scores. */
  async findCountryAssessments(iso3: string): Promise<CountryAssessmentRow[]> {
    const rows: AssessmentRow[] = await this.dataSource.query(COUNTRY_ASSESSMENTS_SQL, [iso3]);
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
    const rows: { grouping: string; g_en: string; g_fr: string; code: string; r_en: string; r_fr: string }[] =
      await this.dataSource.query(COUNTRY_REGIONS_SQL, [iso3]);
    return rows.map((r) => ({
      grouping: r.grouping,
      groupingName: { en: r.g_en, fr: r.g_fr },
      code: r.code,
      name: { en: r.r_en, fr: r.r_fr },
    }));
  }

  /** Per dimension: the country's score, the region's mean and median, and the country's rank, in one year. */
  async compareWithRegion(
    groupingId: string,
    region: string,
    iso3: string,
    year: number,
    statuses: string[],
  ): Promise<DimensionComparison[]> {
    const rows: {
      dimension: Dimension;
      country: number | null;
      mean: number | null;
      median: number | null;
      rank: number | null;
      assessed: number;
    }[] = await this.dataSource.query(COMPARISON_SQL, [groupingId, region, iso3, year, statuses, DIMENSIONS]);
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
