import {
  DIMENSIONS,
  type Answers,
  type AssessmentStatus,
  type Comments,
  type Dimension,
  type Level,
  type Scores,
} from '@cpc/domain';
import type { AssessmentSource } from '../db/entities/assessment.entity.js';

/** The assessment shapes the repositories return, and the mappers from rows as PostgreSQL gives them. */

export interface NewAssessment {
  country: string;
  year: number;
  status: AssessmentStatus;
  answers: Answers;
  comments?: Comments;
  scores: Scores | null;
  source: AssessmentSource;
  submittedAt?: Date | null;
}

/** An assessment as stored, without its answers: what a list shows. */
export interface StoredAssessmentSummary {
  id: string;
  country: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  scores: Scores | null;
  returnComment: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  source: AssessmentSource;
}

export interface StoredAssessment extends StoredAssessmentSummary {
  answers: Answers;
  comments: Comments;
}

/** The row as locked for a write: what the checks and the history need. */
export interface LockedAssessment {
  id: string;
  country: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  answers: Answers;
  comments: Comments;
}

export interface AssessmentRow {
  id: string;
  country_iso3: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  answers?: Answers;
  comments?: Comments;
  methodology_version: string | null;
  overall_index: number | null;
  computed_level: number | null;
  self_level: number | null;
  return_comment: string | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  source: AssessmentSource;
  dimensions: Partial<Record<Dimension, number>> | null;
  items: Record<string, number> | null;
}

/** The version an UPDATE … RETURNING version left on a row the caller has locked. */
export function versionOf(rows: { version: number }[], id: string): number {
  const row = rows[0];
  // The row is locked by the caller's transaction, so it cannot have gone.
  if (!row) throw new Error(`assessment ${id} vanished inside its transaction`);
  return row.version;
}

/** The columns of new assessment rows, as the arrays INSERT_ASSESSMENTS_SQL unnests. */
export function assessmentColumns(list: NewAssessment[]): unknown[] {
  return [
    list.map((a) => a.country),
    list.map((a) => a.year),
    list.map((a) => a.status),
    list.map((a) => JSON.stringify(a.answers)),
    list.map((a) => JSON.stringify(a.comments ?? {})),
    list.map((a) => a.scores?.methodologyVersion ?? null),
    list.map((a) => a.scores?.overall ?? null),
    list.map((a) => a.scores?.level ?? null),
    list.map((a) => a.scores?.selfLevel ?? null),
    list.map((a) => a.submittedAt ?? (a.status === 'draft' ? null : historicalSubmission(a.year))),
    list.map((a) => a.source),
  ];
}

function scoresOf(row: AssessmentRow): Scores | null {
  if (row.overall_index === null || row.computed_level === null || row.methodology_version === null) return null;
  // Submissions and imports always store the nine rows; a missing one (hand-made data) reads as 0.
  const stored = row.dimensions ?? {};
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, stored[d] ?? 0])) as Record<Dimension, number>;
  return {
    methodologyVersion: row.methodology_version,
    overall: row.overall_index,
    level: row.computed_level as Level,
    selfLevel: row.self_level as Level | null,
    dimensions,
    items: row.items ?? {},
  };
}

export function toSummary(row: AssessmentRow): StoredAssessmentSummary {
  return {
    id: row.id,
    country: row.country_iso3,
    year: row.year,
    status: row.status,
    version: row.version,
    scores: scoresOf(row),
    returnComment: row.return_comment,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    source: row.source,
  };
}

export function toStoredAssessment(row: AssessmentRow): StoredAssessment {
  return { ...toSummary(row), answers: row.answers ?? {}, comments: row.comments ?? {} };
}

export function toLocked(row: AssessmentRow): LockedAssessment {
  return {
    id: row.id,
    country: row.country_iso3,
    year: row.year,
    status: row.status,
    version: row.version,
    answers: row.answers ?? {},
    comments: row.comments ?? {},
  };
}

/** For rows loaded without a submission time (demo data): mid-year, and never in the future. */
function historicalSubmission(year: number): Date {
  return new Date(Math.min(Date.UTC(year, 5, 30), Date.now()));
}
