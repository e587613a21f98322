import { useId } from 'react';
import { itemApplies, type AnswerValue, type Answers, type Comments } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { QuestionnaireSection } from './sections';
import type { SubmissionIssue } from './submissionIssues';
import { ItemBlock } from './ItemBlock';

interface QuestionnaireSectionViewProps {
  section: QuestionnaireSection;
  answers: Answers;
  comments: Comments;
  issues: ReadonlyMap<string, SubmissionIssue>;
  onAnswer: (code: string, value: AnswerValue | undefined) => void;
  onComment: (code: string, text: string) => void;
}

/** The items of one dimension, under its name and the handbook section that discusses it. */
export function QuestionnaireSectionView(props: QuestionnaireSectionViewProps) {
  const { section, answers, comments, issues, onAnswer, onComment } = props;
  const { t, localize } = useI18n();
  const titleId = useId();
  const visible = section.items.filter((item) => itemApplies(item, answers));
  return (
    <section className="questionnaire-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{section.dimension ? localize(section.dimension.label) : t('generalSection')}</h2>
      {section.dimension && (
        <p className="section-source">
          {t('handbookSection', {
            section: section.dimension.section,
            title: localize(section.dimension.sectionTitle),
          })}
        </p>
      )}
      {visible.map((item) => (
        <ItemBlock
          key={item.code}
          item={item}
          value={answers[item.code]}
          comment={comments[item.code] ?? ''}
          issue={issues.get(item.code)}
          onAnswer={(value) => {
            onAnswer(item.code, value);
          }}
          onComment={(text) => {
            onComment(item.code, text);
          }}
        />
      ))}
    </section>
  );
}
