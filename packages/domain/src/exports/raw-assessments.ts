import { importHeader, SCORE_COLUMN_PREFIX, IMPORT_STATUSES } from '../import/columns.js';
import { formatImportCell } from '../import/parse-row.js';
import { ITEM_CODES } from '../instrument/items.js';
import { DIMENSIONS, type Dimension } from '../instrument/types.js';
import type { Answers, Comments } from '../methodology/answers.js';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '../methodology/lifecycle.js';
import type { ExportCell } from './cells.js';
import type { RawAssessmentScope } from './raw-schemas.js';

/** One stored assessment as the raw export writes it; the scores are null until it is submitted. */
export interface RawAssessment {
  country: string;
  year: number;
  status: AssessmentStatus;
  answers: Answers;
  comments: Comments;
  methodologyVersion: string | null;
  overall: number | null;
  level: number | null;
  selfLevel: number | null;
  dimensions: Partial<Record<Dimension, number>>;
}

/** The statuses each scope exports: by default exactly those the import accepts. */
export function rawAssessmentStatuses(scope: RawAssessmentScope): readonly AssessmentStatus[] {
  return scope === 'all' ? ASSESSMENT_STATUSES : IMPORT_STATUSES;
}

/** After the import layout: the stored scores, in columns the import skips. */
export const RAW_SCORE_COLUMNS = [
  `${SCORE_COLUMN_PREFIX}methodologyVersion`,
  `${SCORE_COLUMN_PREFIX}overall`,
  `${SCORE_COLUMN_PREFIX}level`,
  `${SCORE_COLUMN_PREFIX}selfLevel`,
  ...DIMENSIONS.map((d) => `${SCORE_COLUMN_PREFIX}${d}`),
] as const;

/** The import header (country, year, status, item codes, comment columns), then the score columns. */
export function rawAssessmentsHeader(): string[] {
  return [...importHeader(), ...RAW_SCORE_COLUMNS];
}

/**
 * One row, cell for cell under `rawAssessmentsHeader()`: each answer written as the import reads it (a multi
 * item's options joined by `;`, a level as a number), empty where there is no answer, comment or score.
 */
export function rawAssessmentCells(a: RawAssessment): ExportCell[] {
  return [
    a.country,
    a.year,
    a.status,
    ...ITEM_CODES.map((code) => answerCell(a.answers[code])),
    ...ITEM_CODES.map((code) => a.comments[code] || null),
    a.methodologyVersion,
    a.overall,
    a.level,
    a.selfLevel,
    ...DIMENSIONS.map((d) => a.dimensions[d] ?? null),
  ];
}

function answerCell(value: Answers[string] | undefined): ExportCell {
  if (typeof value === 'number') return value;
  const text = formatImportCell(value);
  return text === '' ? null : text;
}
