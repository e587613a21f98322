import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ActionPlanResponse, CandidateAction } from './types';

interface CandidateListProps {
  plan: ActionPlanResponse;
  /** Adopting a candidate opens the form with it; absent for readers who do not edit the plan. */
  onAdopt?: (candidate: CandidateAction) => void;
}

/** The latest assessment's gaps, each with the handbook's solutions and a button to start an action from it. */
export function CandidateList({ plan, onAdopt }: CandidateListProps) {
  const { t } = useI18n();
  const titleId = useId();
  const { assessment, candidates } = plan;
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="plan-candidates">
      <h2 id={titleId}>
        {assessment ? t('planCandidatesTitle', { year: assessment.year }) : t('planCandidatesTitle', { year: '—' })}
      </h2>
      {!assessment ? (
        <p className="muted">{t('planNoAssessment')}</p>
      ) : candidates.length === 0 ? (
        <p className="muted">{t('planCandidatesNone')}</p>
      ) : (
        <>
          <p className="chart-description">{t('planCandidatesIntro')}</p>
          <ul className="plan-candidates">
            {candidates.map((candidate) => (
              <CandidateCard key={candidate.code} candidate={candidate} onAdopt={onAdopt} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CandidateCard({
  candidate,
  onAdopt,
}: {
  candidate: CandidateAction;
  onAdopt?: CandidateListProps['onAdopt'];
}) {
  const { t, localize } = useI18n();
  const solutions = localize(candidate.solutions).trim();
  return (
    <li className="plan-candidate" data-candidate={candidate.code}>
      <p className="plan-candidate-head">
        <strong>{candidate.code}</strong>{' '}
        <span className="muted">({t('planCandidatePoints', { points: candidate.points })})</span>
      </p>
      <p>{localize(candidate.gap)}</p>
      {candidate.freeText || solutions === '' ? (
        <p className="muted">{t('planCandidateFreeText')}</p>
      ) : (
        <div className="plan-solutions">
          <p className="plan-solutions-title">{t('planCandidateSolutions')}</p>
          <p>{solutions}</p>
        </div>
      )}
      <div className="plan-candidate-foot">
        {candidate.addressedBy.length > 0 && (
          <span className="muted">{t('planAddressedBy', { count: candidate.addressedBy.length })}</span>
        )}
        {onAdopt && (
          <button
            type="button"
            className="button button-small"
            aria-label={t('planAdoptLabel', { item: candidate.code })}
            onClick={() => {
              onAdopt(candidate);
            }}
          >
            {t('planAdopt')}
          </button>
        )}
      </div>
    </li>
  );
}
