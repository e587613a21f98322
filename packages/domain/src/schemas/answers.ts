import { z } from 'zod';
import { validateAnswers, validateComments, type AnswerIssue } from '../methodology/validation.js';

/** A custom issue's field code and params, read by the API's validation pipe (the field error's `code`). */
function fieldCodeOf(issue: AnswerIssue): { code: AnswerIssue['reason']; params: AnswerIssue['params'] } {
  return { code: issue.reason, params: issue.params };
}

/** One answer, as stored and returned: an option code or a text, a list of option codes, or a level 1–5. */
export const AnswerValueSchema = z
  .union([z.string(), z.array(z.string()), z.number()])
  .describe('An option code or a text, a list of option codes, or a level 1–5');

/**
 * What a request's answer value may be, for the OpenAPI document only: the value is validated by
 * validateAnswers below, item by item with the handbook's own messages, so zod does not check its type first.
 */
const REQUEST_ANSWER_VALUE = {
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'number' }],
  description: 'An option code or a text, a list of option codes, or a level 1–5',
};

/** An answer set's shape: known codes, right types, known options, applicable items. Drafts may be incomplete. */
export const AnswersSchema = z
  .record(z.string(), z.unknown().meta(REQUEST_ANSWER_VALUE))
  .superRefine((answers, ctx) => {
    for (const issue of validateAnswers(answers))
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.code], params: fieldCodeOf(issue) });
  })
  .describe('Item code → answer: an option code, a list of option codes, a text, or a level 1–5');

export const CommentsSchema = z
  // Validated by validateComments below (a text of at most 4,000 characters); typed here for the document.
  .record(z.string(), z.unknown().meta({ type: 'string', maxLength: 4000 }))
  .superRefine((comments, ctx) => {
    for (const issue of validateComments(comments))
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.code], params: fieldCodeOf(issue) });
  })
  .describe('Item code → free comment (the handbook’s "Réponse" box), at most 4,000 characters');
