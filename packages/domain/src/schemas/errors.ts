import { z } from 'zod';

export const FieldErrorSchema = z.object({
  field: z.string().describe('The parameter or body field, e.g. `year` or `answers.A.2.1`'),
  message: z.string().describe('Starts with the field’s name'),
});

/**
 * The body of every 4xx and 5xx the API sends (its exception filter): NestJS's `{statusCode, message, error}`,
 * with `errors` naming each field on a 400 about request fields. Some answers add their own fields (a 409's
 * `currentVersion`, a 422's `missing`), so the object stays open.
 */
export const ErrorResponseSchema = z.looseObject({
  statusCode: z.number().int(),
  message: z.string(),
  error: z.string().optional().describe('The status’s name, e.g. Bad Request'),
  errors: z.array(FieldErrorSchema).optional().describe('On a 400 about request fields: one entry per field'),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
