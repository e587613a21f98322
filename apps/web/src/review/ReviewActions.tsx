import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { nextStatus, type AssessmentResponse } from '@cpc/domain';
import { ApiError } from '../api/ApiError';
import { assessmentKeys } from '../api/assessmentQueries';
import { returnAssessment, validateAssessment } from '../api/assessmentMutations';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { ReturnForm } from './ReturnForm';

export type ReviewOutcome = 'validated' | 'returned';

interface ReviewActionsProps {
  assessment: AssessmentResponse;
  onDone: (outcome: ReviewOutcome) => void;
}

/** Validate and return, each settling the caches it changes; a stale version reloads the assessment. */
function useReviewMutations(assessment: AssessmentResponse, onDone: (outcome: ReviewOutcome) => void) {
  const queryClient = useQueryClient();
  const settle = (result: AssessmentResponse, outcome: ReviewOutcome) => {
    queryClient.setQueryData(assessmentKeys.detail(result.id), result);
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.history(result.id) });
    void queryClient.invalidateQueries({ queryKey: ['maturity'] });
    onDone(outcome);
  };
  // Someone changed the assessment since it was read (409): show it as it is now, with the server's message.
  const reloadIfStale = (error: Error) => {
    if (!(error instanceof ApiError) || error.status !== 409) return;
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.detail(assessment.id) });
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.history(assessment.id) });
  };
  const validate = useMutation({
    mutationFn: () => validateAssessment(assessment.id, { version: assessment.version }),
    onSuccess: (result) => {
      settle(result, 'validated');
    },
    onError: reloadIfStale,
  });
  const sendBack = useMutation({
    mutationFn: (comment: string) => returnAssessment(assessment.id, { comment, version: assessment.version }),
    onSuccess: (result) => {
      settle(result, 'returned');
    },
    onError: reloadIfStale,
  });
  return { validate, sendBack };
}

/** An analyst's decision on a submitted assessment: validate it, or return it with a comment. */
export function ReviewActions({ assessment, onDone }: ReviewActionsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const [returning, setReturning] = useState(false);

  const { validate, sendBack } = useReviewMutations(assessment, onDone);

  const canValidate = nextStatus(assessment.status, 'validate') !== null;
  const canReturn = nextStatus(assessment.status, 'return') !== null;
  if (!canValidate && !canReturn) return null;
  const error = validate.error ?? sendBack.error;
  const pending = validate.isPending || sendBack.isPending;

  return (
    <section className="review-actions" aria-labelledby={titleId} data-testid="review-actions">
      <h2 id={titleId}>{t('reviewDecisionTitle')}</h2>
      <p className="muted">{canValidate ? t('reviewDecisionText') : t('reviewDecisionValidatedText')}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error, i18n)}
        </p>
      )}
      {returning ? (
        <ReturnForm
          pending={pending}
          onReturn={(comment) => {
            sendBack.mutate(comment);
          }}
          onCancel={() => {
            setReturning(false);
          }}
        />
      ) : (
        <DecisionButtons
          canValidate={canValidate}
          canReturn={canReturn}
          pending={pending}
          validating={validate.isPending}
          onValidate={() => {
            validate.mutate();
          }}
          onReturn={() => {
            setReturning(true);
          }}
        />
      )}
    </section>
  );
}

interface DecisionButtonsProps {
  canValidate: boolean;
  canReturn: boolean;
  pending: boolean;
  validating: boolean;
  onValidate: () => void;
  onReturn: () => void;
}

function DecisionButtons({ canValidate, canReturn, pending, validating, onValidate, onReturn }: DecisionButtonsProps) {
  const { t } = useI18n();
  return (
    <div className="button-row">
      {canValidate && (
        <button type="button" className="button" disabled={pending} onClick={onValidate}>
          {validating ? t('validating') : t('validate')}
        </button>
      )}
      {canReturn && (
        <button type="button" className="button button-secondary" disabled={pending} onClick={onReturn}>
          {t('returnToCoordinator')}
        </button>
      )}
    </div>
  );
}
