import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { canEditCountry, canReview, isEditable, type Answers, type SessionUser } from '@cpc/domain';
import { assessmentQuery } from '../api/assessmentQueries';
import { useI18n } from '../i18n/useI18n';
import { PageTitle } from '../ui/PageTitle';
import { PageLoading } from '../ui/PageLoading';
import { ErrorState } from '../ui/ErrorState';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { AssessmentHeader } from '../assessments/AssessmentHeader';
import { OutcomeNotice, type Outcome } from '../assessments/OutcomeNotice';
import { ReturnCommentNotice } from '../assessments/ReturnCommentNotice';
import { useCountryName } from '../assessments/useCountryName';
import { QuestionnaireEditor } from '../questionnaire/QuestionnaireEditor';
import { AnswersView } from '../questionnaire/AnswersView';
import { ScoresPanel } from '../results/ScoresPanel';
import { GapList } from '../results/GapList';
import { ReviewActions } from '../review/ReviewActions';

/** One assessment: the questionnaire while its coordinator holds it, otherwise its scores, gaps and answers. */
export function AssessmentPage({ id, user }: { id: string; user: SessionUser }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const query = useQuery(assessmentQuery(id));
  const countryName = useCountryName();
  // A new key opens a fresh editor on the latest saved version (after a save conflict).
  const [editorKey, setEditorKey] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    return (
      <>
        <PageTitle>{t('assessmentTitleUnknown')}</PageTitle>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </>
    );
  }

  const assessment = query.data;
  const title = t('assessmentTitle', { country: countryName(assessment.country), year: assessment.year });
  const editing = canEditCountry(user, assessment.country) && isEditable(assessment.status);

  return (
    <>
      <DemoDataNotice />
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <AssessmentHeader assessment={assessment} />
      {outcome && <OutcomeNotice outcome={outcome} showQueueLink={outcome !== 'submitted' && canReview(user)} />}
      {assessment.status === 'returned' && assessment.returnComment && (
        <ReturnCommentNotice comment={assessment.returnComment} />
      )}
      {editing ? (
        <>
          <p className="page-intro">{t('questionnaireIntro')}</p>
          <QuestionnaireEditor
            key={editorKey}
            assessment={assessment}
            onReloadLatest={async () => {
              await queryClient.query({ ...assessmentQuery(id), staleTime: 0 });
              setEditorKey((k) => k + 1);
            }}
            onSubmitted={() => {
              setOutcome('submitted');
            }}
          />
        </>
      ) : (
        <>
          {assessment.scores ? (
            <ScoresPanel scores={assessment.scores} />
          ) : (
            <p className="notice">{t('noScoresYet')}</p>
          )}
          {canReview(user) && (
            <ReviewActions
              key={assessment.version}
              assessment={assessment}
              onDone={(result) => {
                setOutcome(result);
              }}
            />
          )}
          {assessment.scores && <GapList gaps={assessment.gaps} />}
          <AnswersView answers={assessment.answers as Answers} comments={assessment.comments} />
        </>
      )}
    </>
  );
}
