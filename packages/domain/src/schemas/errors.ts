import { z } from 'zod';
import { ANSWER_ISSUE_CODES, ERROR_CODES, FIELD_ERROR_CODES } from '../errors/codes.js';

export const ErrorParamsSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
  .describe('What the code’s text needs, e.g. `{"maximum": 200, "origin": "string"}` or `{"values": ["a", "b"]}`');

export const FieldErrorSchema = z.object({
  field: z.string().describe('The parameter or body field, e.g. `year` or `answers.A.2.1`'),
  message: z.string().describe('Starts with the field’s name'),
  code: z
    .enum(FIELD_ERROR_CODES)
    .optional()
    .describe('What is wrong, for a client to say in its own language (docs/api.md, “Error codes”)'),
  params: ErrorParamsSchema.optional(),
});

/** One refused answer or comment of a 422 on submission: `code` is the item's, `reason` what is wrong with it. */
export const AnswerIssueSchema = z.object({
  code: z.string().describe('The item code, e.g. `A.2.1`'),
  message: z.string(),
  reason: z.enum(ANSWER_ISSUE_CODES).optional(),
  params: ErrorParamsSchema.optional(),
});

/**
 * The body of every 4xx and 5xx the API sends (its exception filter): NestJS's `{statusCode, message, error}`,
 * with `errors` naming each field on a 400 about request fields, and `code` saying why in a word a client can
 * translate. Some answers add their own fields (a 409's `currentVersion`, a 422's `missing`), so the object
 * stays open.
 */
export const ErrorResponseSchema = z.looseObject({
  statusCode: z.number().int(),
  message: z.string(),
  error: z.string().optional().describe('The status’s name, e.g. Bad Request'),
  code: z
    .enum(ERROR_CODES)
    .optional()
    .describe('Why the request was refused, e.g. `assessment_exists`; absent when the message alone says it'),
  params: ErrorParamsSchema.optional(),
  errors: z.array(FieldErrorSchema).optional().describe('On a 400 about request fields: one entry per field'),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
