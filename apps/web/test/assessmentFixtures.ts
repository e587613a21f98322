import type { Answers, AssessmentResponse } from '@cpc/domain';

/**
 * A complete answer set, written out by hand. Scores by hand (methodology v1, 100 × mean points):
 * governance (A.1 mou 0.5 + CCDP bonus 0.25 = 0.75; A.19 yes 1) 87.5; information exchange (1, 0.5) 75;
 * risk targeting (0.5, 1) 75; joint controls (1, 1) 100; enforcement powers (A.5.1 4/8, 1, 1, 0.5, 1) 80;
 * investigations (1, 1, 0.5) 83.33; resource sharing 50; liaison 50; training (1, 0) 50.
 * Overall 650.83 / 9 = 72.31: level 4. Self-assessed: level 3.
 */
export const COMPLETE_ANSWERS: Answers = {
  'A.1': ['mou', 'joint_committee'],
  'A.2.1': 'yes',
  'A.2.2': 'regular',
  'A.3.1': 'partial',
  'A.3.2': 'mou',
  'A.4.1': 'yes',
  'A.4.2': 'legislation',
  'A.5.1': ['narcotics', 'counterfeits', 'currency', 'weapons'],
  'A.6': 'yes',
  'A.7.1': 'organised_crime',
  'A.8': 'partial',
  'A.9': 'yes',
  'A.10': 'own_framework',
  'A.11': 'partial',
  'A.12': 'own',
  'A.13': 'partial',
  'A.14.1': 'one_way',
  'A.15.1': 'yes',
  'A.16.1': 'no',
  'A.17': ['lack_of_trust'],
  'A.18': 3,
  'A.19': 'yes',
};

let sequence = 0;

/** An assessment as the API returns it: a FRA draft at version 1 unless told otherwise. */
export function newAssessment(overrides: Partial<AssessmentResponse> = {}): AssessmentResponse {
  sequence += 1;
  return {
    id: `a-${sequence}`,
    country: 'FRA',
    year: 2027,
    status: 'draft',
    version: 1,
    answers: {},
    comments: {},
    scores: null,
    scoresByVersion: [],
    gaps: [],
    returnComment: null,
    submittedAt: null,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    demo: false,
    ...overrides,
  };
}
