import { INSTRUMENT_ITEMS, localize, type Answers, type Comments, type Lang } from '@cpc/domain';
import { formatAnswer, type AnswerTexts } from './formatAnswer';

/**
 * The reader's answers as plain text, item by item, to copy somewhere safe when their save was refused
 * because someone else saved first.
 */
export function answersAsText(
  answers: Answers,
  comments: Comments,
  lang: Lang,
  texts: AnswerTexts & { comment: string },
): string {
  return INSTRUMENT_ITEMS.filter((item) => item.code in answers || item.code in comments)
    .map((item) => {
      const lines = [`${item.code} ${localize(item.question, lang)}`];
      if (item.code in answers) lines.push(`→ ${formatAnswer(item.code, answers[item.code], lang, texts)}`);
      const comment = comments[item.code];
      if (comment) lines.push(`${texts.comment}: ${comment}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
