import { useId } from 'react';
import { itemApplies, type Answers, type Comments } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { formatAnswer } from './formatAnswer';
import { questionnaireSections, type QuestionnaireSection } from './sections';
import { TranslationNotice } from '../ui/TranslationNotice';
import { ItemQuestion } from './ItemQuestion';

const SECTIONS = questionnaireSections();

function SectionAnswers({
  section,
  answers,
  comments,
}: {
  section: QuestionnaireSection;
  answers: Answers;
  comments: Comments;
}) {
  const { t, lang, localize } = useI18n();
  const titleId = useId();
  const texts = { noAnswer: t('noAnswer'), noneSelected: t('noneSelected') };
  const items = section.items.filter((item) => itemApplies(item, answers));
  return (
    <section className="answers-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{section.dimension ? localize(section.dimension.label) : t('generalSection')}</h3>
      <dl>
        {items.map((item) => (
          <div key={item.code} className="answer-row" data-item={item.code}>
            <dt>
              <ItemQuestion item={item} />
            </dt>
            <dd>
              <span className={answers[item.code] === undefined ? 'not-assessed' : undefined}>
                {formatAnswer(item.code, answers[item.code], lang, texts)}
              </span>
              {comments[item.code] && (
                <p className="answer-comment">
                  <span className="answer-comment-label">{t('comment')}:</span> {comments[item.code]}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Every answer and comment, read-only, grouped as in the questionnaire. */
export function AnswersView({ answers, comments }: { answers: Answers; comments: Comments }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="answers-view" aria-labelledby={titleId} data-testid="answers-view">
      <h2 id={titleId}>{t('answersTitle')}</h2>
      <TranslationNotice />
      {SECTIONS.map((section) => (
        <SectionAnswers key={section.key} section={section} answers={answers} comments={comments} />
      ))}
    </section>
  );
}
