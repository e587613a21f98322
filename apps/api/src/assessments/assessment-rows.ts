import {
  DIMENSIONS,
  type Answers,
  type AssessmentStatus,
  type Comments,
  type Dimension,
  type Level,
  type MethodologyVersion,
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
  /** Under every methodology version; empty for a draft. */
  scores: readonly Scores[];
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
  /** Under every methodology version, oldest first; empty until submitted. */
  scores: Scores[];
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
  self_level: number | null;
  return_comment: string | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  source: AssessmentSource;
  scores: StoredScoresJson[] | null;
}

/** One version's scores as the read's JSON gives them. */
interface StoredScoresJson {
  version: MethodologyVersion;
  overall: number;
  level: number;
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

/** New assessment rows as the JSON records INSERT_ASSESSMENTS_SQL reads. */
export function assessmentRecords(list: NewAssessment[]): string {
  return JSON.stringify(
    list.map((a) => ({
      country: a.country,
      year: a.year,
      status: a.status,
      answers: a.answers,
      comments: a.comments ?? {},
      self_level: a.scores[0]?.selfLevel ?? null,
      submitted_at: a.submittedAt ?? (a.status === 'draft' ? null : historicalSubmission(a.year)),
      source: a.source,
    })),
  );
}

function scoresOf(row: AssessmentRow): Scores[] {
  return (row.scores ?? []).map((stored) => {
    // Submissions and imports always store the nine rows; a missing one (hand-made data) reads as 0.
    const dims = stored.dimensions ?? {};
    const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, dims[d] ?? 0])) as Record<Dimension, number>;
    return {
      methodologyVersion: stored.version,
      overall: stored.overall,
      level: stored.level as Level,
      selfLevel: row.self_level as Level | null,
      dimensions,
      items: stored.items ?? {},
    };
  });
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
