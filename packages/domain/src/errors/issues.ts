import type { z } from 'zod';
import { isFieldErrorCode, type ErrorParams, type FieldErrorCode } from './codes.js';

/** What is wrong with a field or a cell, for a client to say in its own language: a code and its params. */
export interface CodedProblem {
  code: FieldErrorCode;
  params?: ErrorParams;
}

/**
 * The `params` of a domain refinement's custom issue: the field code it stands for and the params of its text.
 * zod keeps them on the issue, so that whoever reports the issue (the API's validation pipe, an import) can
 * pass the code on instead of the generic `invalid`.
 */
export function codedParams(
  code: FieldErrorCode,
  params?: ErrorParams,
): { code: FieldErrorCode; params?: ErrorParams } {
  return params ? { code, params } : { code };
}

/** A domain refinement names its code as `params: {code, params}` (codedParams); any other custom issue is `invalid`. */
function customCodeOf(params: Record<string, unknown> | undefined): CodedProblem {
  if (!params || !isFieldErrorCode(params.code)) return { code: 'invalid' };
  const inner = params.params;
  return typeof inner === 'object' && inner !== null
    ? { code: params.code, params: inner as ErrorParams }
    : { code: params.code };
}

/** The field code of a zod issue, with the bound, the values or the format its text needs. */
export function codedIssue(issue: z.core.$ZodIssue & { input?: unknown }): CodedProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required' }
        : { code: 'invalid_type', params: { expected: issue.expected } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { values: issue.values.map(String) } };
    case 'too_small':
      return { code: 'too_small', params: { minimum: Number(issue.minimum), origin: issue.origin } };
    case 'too_big':
      return { code: 'too_big', params: { maximum: Number(issue.maximum), origin: issue.origin } };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: issue.format } };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: issue.divisor } };
    case 'unrecognized_keys':
      return { code: 'unknown_fields', params: { keys: issue.keys } };
    case 'custom':
      return customCodeOf(issue.params);
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { code: 'invalid' };
  }
}
