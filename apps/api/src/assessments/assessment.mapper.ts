import { findGaps, type AssessmentResponse, type AssessmentSummary } from '@cpc/domain';
import type { StoredAssessment, StoredAssessmentSummary } from './assessment.repository.js';

export function toAssessmentSummary(stored: StoredAssessmentSummary): AssessmentSummary {
  return {
    id: stored.id,
    country: stored.country,
    year: stored.year,
    status: stored.status,
    version: stored.version,
    scores: stored.scores,
    returnComment: stored.returnComment,
    submittedAt: stored.submittedAt?.toISOString() ?? null,
    createdAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
    demo: stored.source === 'demo',
  };
}

/** The full assessment. Gaps go with the stored scores: none until the assessment is scored at submission. */
export function toAssessmentResponse(stored: StoredAssessment): AssessmentResponse {
  return {
    ...toAssessmentSummary(stored),
    answers: stored.answers,
    comments: stored.comments,
    gaps: stored.scores ? findGaps(stored.answers) : [],
  };
}
