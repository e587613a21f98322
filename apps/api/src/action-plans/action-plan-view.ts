import {
  candidateActions,
  closureOf,
  findGaps,
  type ActionPlanResponse,
  type MethodologyVersion,
  type ScoredAssessment,
} from '@cpc/domain';
import type { CountedAssessmentRow } from './action.repository.js';
import { toAction, type ActionRow } from './action-rows.js';

/** A counted assessment as closure reads it; one never stamped is taken as submitted at the start of its year. */
function scoredOf(row: CountedAssessmentRow): ScoredAssessment {
  const submittedAt = row.submitted_at ?? new Date(Date.UTC(row.year, 0, 1));
  return { id: row.id, year: row.year, submittedAt: submittedAt.toISOString(), points: row.points };
}

/**
 * The plan as GET /api/countries/:iso3/actions answers it: the actions (with their closure when done), and a
 * candidate per gap of the latest counted assessment under `version`.
 */
export function planOf(
  country: string,
  version: MethodologyVersion,
  rows: readonly ActionRow[],
  assessments: readonly CountedAssessmentRow[],
  today: string,
): ActionPlanResponse {
  const scored = assessments.map(scoredOf);
  const actions = rows.map((row) => ({
    ...toAction(row, today),
    closure: row.status === 'done' && row.done_at ? closureOf(row.items, row.done_at.toISOString(), scored) : null,
  }));
  const latest = assessments[0];
  return {
    country,
    methodologyVersion: version,
    assessment: latest ? { id: latest.id, year: latest.year } : null,
    actions,
    candidates: latest ? candidateActions(findGaps(latest.answers, version), actions) : [],
  };
}
