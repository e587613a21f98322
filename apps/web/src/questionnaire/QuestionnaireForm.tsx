import type { Dispatch, SetStateAction } from 'react';
import type { AnswerValue } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { withAnswer, withComment } from './answerState';
import type { Draft } from './draft';
import { questionnaireSections } from './sections';
import type { SubmissionIssue } from './submissionIssues';
import { QuestionnaireSectionView } from './QuestionnaireSectionView';
import { TranslationNotice } from '../ui/TranslationNotice';

const SECTIONS = questionnaireSections();

interface QuestionnaireFormProps {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  issues: ReadonlyMap<string, SubmissionIssue>;
}

/** Every section of the instrument, its answers kept in the draft until saved. */
export function QuestionnaireForm({ draft, setDraft, issues }: QuestionnaireFormProps) {
  const { t } = useI18n();
  return (
    <form
      className="questionnaire-form"
      aria-label={t('questionnaireLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <TranslationNotice />
      {SECTIONS.map((section) => (
        <QuestionnaireSectionView
          key={section.key}
          section={section}
          answers={draft.answers}
          comments={draft.comments}
          issues={issues}
          onAnswer={(code: string, value: AnswerValue | undefined) => {
            setDraft((current) => withAnswer(current, code, value));
          }}
          onComment={(code, text) => {
            setDraft((current) => ({ ...current, comments: withComment(current.comments, code, text) }));
          }}
        />
      ))}
    </form>
  );
}
