import { z } from 'zod';
import { validateAnswers, validateComments } from '../methodology/validation.js';

/** One answer, as stored and returned: an option code or a text, a list of option codes, or a level 1–5. */
export const AnswerValueSchema = z
  .union([z.string(), z.array(z.string()), z.number()])
  .describe('An option code or a text, a list of option codes, or a level 1–5');

/** An answer set's shape: known codes, right types, known options, applicable items. Drafts may be incomplete. */
export const AnswersSchema = z
  .record(z.string(), z.unknown())
  .superRefine((answers, ctx) => {
    for (const issue of validateAnswers(answers))
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.code] });
  })
  .describe('Item code → answer: an option code, a list of option codes, a text, or a level 1–5');

export const CommentsSchema = z
  .record(z.string(), z.unknown())
  .superRefine((comments, ctx) => {
    for (const issue of validateComments(comments))
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.code] });
  })
  .describe('Item code → free comment (the handbook’s "Réponse" box), at most 4,000 characters');
