import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { canEditCountry, canReview, isEditable, type AssessmentResponse, type SessionUser } from '@cpc/domain';
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
import { ReviewActions, type ReviewOutcome } from '../review/ReviewActions';
import { RegisterChecksPanel } from '../instruments/RegisterChecksPanel';
import { RegisterNotesProvider } from '../questionnaire/RegisterNotes';

/**
 * A new key opens a fresh editor on the latest saved version (after a save conflict). The key lives with the
 * page's query, so the page renders the fetched version and the new editor together.
 */
function useEditorReload(id: string) {
  const queryClient = useQueryClient();
  const [editorKey, setEditorKey] = useState(0);
  const reloadLatest = async () => {
    await queryClient.query({ ...assessmentQuery(id), staleTime: 0 });
    setEditorKey((k) => k + 1);
  };
  return { editorKey, reloadLatest };
}

/** One assessment: the questionnaire while its coordinator holds it, otherwise its scores, gaps and answers. */
export function AssessmentPage({ id, user }: { id: string; user: SessionUser }) {
  const { t } = useI18n();
  const query = useQuery(assessmentQuery(id));
  const countryName = useCountryName();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { editorKey, reloadLatest } = useEditorReload(id);

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
        <AssessmentEditorView
          assessment={assessment}
          editorKey={editorKey}
          onReloadLatest={reloadLatest}
          onSubmitted={() => {
            setOutcome('submitted');
          }}
        />
      ) : (
        <AssessmentReadView
          assessment={assessment}
          user={user}
          onReviewed={(result) => {
            setOutcome(result);
          }}
        />
      )}
    </>
  );
}

interface AssessmentReadViewProps {
  assessment: AssessmentResponse;
  user: SessionUser;
  onReviewed: (outcome: ReviewOutcome) => void;
}

/** An assessment no longer (or not) the reader's to edit: its scores, the review, its gaps and answers. */
function AssessmentReadView({ assessment, user, onReviewed }: AssessmentReadViewProps) {
  const { t } = useI18n();
  return (
    <>
      {assessment.scores ? <ScoresPanel scores={assessment.scores} /> : <p className="notice">{t('noScoresYet')}</p>}
      {canReview(user) && assessment.status !== 'draft' && <RegisterChecksPanel assessmentId={assessment.id} />}
      {canReview(user) && <ReviewActions key={assessment.version} assessment={assessment} onDone={onReviewed} />}
      {assessment.scores && <GapList gaps={assessment.gaps} />}
      <AnswersView answers={assessment.answers} comments={assessment.comments} />
    </>
  );
}

interface AssessmentEditorViewProps {
  assessment: AssessmentResponse;
  /** Changes when the editor must start again from the latest saved version. */
  editorKey: number;
  onReloadLatest: () => Promise<void>;
  onSubmitted: () => void;
}

/** The questionnaire, while its coordinator holds the assessment. */
function AssessmentEditorView({ assessment, editorKey, onReloadLatest, onSubmitted }: AssessmentEditorViewProps) {
  const { t } = useI18n();
  return (
    <>
      <p className="page-intro">{t('questionnaireIntro')}</p>
      <RegisterNotesProvider assessment={assessment}>
        <QuestionnaireEditor
          key={editorKey}
          assessment={assessment}
          onReloadLatest={onReloadLatest}
          onSubmitted={onSubmitted}
        />
      </RegisterNotesProvider>
    </>
  );
}
