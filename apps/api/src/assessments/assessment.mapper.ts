import { findGaps, type AssessmentResponse, type AssessmentSummary, type MethodologyVersion } from '@cpc/domain';
import type { StoredAssessment, StoredAssessmentSummary } from './assessment.repository.js';

/** An assessment's summary, its `scores` under the default methodology version, and its scores under each. */
export function toAssessmentSummary(stored: StoredAssessmentSummary, version: MethodologyVersion): AssessmentSummary {
  return {
    id: stored.id,
    country: stored.country,
    year: stored.year,
    status: stored.status,
    version: stored.version,
    scores: stored.scores.find((s) => s.methodologyVersion === version) ?? null,
    scoresByVersion: stored.scores,
    returnComment: stored.returnComment,
    submittedAt: stored.submittedAt?.toISOString() ?? null,
    createdAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
    demo: stored.source === 'demo',
  };
}

/**
 * The full assessment under the default methodology version. Gaps go with the stored scores: none until the
 * assessment is scored at submission.
 */
export function toAssessmentResponse(stored: StoredAssessment, version: MethodologyVersion): AssessmentResponse {
  return {
    ...toAssessmentSummary(stored, version),
    answers: stored.answers,
    comments: stored.comments,
    gaps: stored.scores.length > 0 ? findGaps(stored.answers, version) : [],
  };
}
