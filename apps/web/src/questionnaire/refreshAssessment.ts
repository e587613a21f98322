import type { QueryClient } from '@tanstack/react-query';
import type { AssessmentResponse } from '@cpc/domain';
import { assessmentKeys } from '../api/assessmentQueries';

/** After a save or a submission: the assessment as the API returned it, and the lists and history it changes. */
export function refreshAssessment(queryClient: QueryClient, result: AssessmentResponse) {
  queryClient.setQueryData(assessmentKeys.detail(result.id), result);
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.history(result.id) });
}
