import type { ErrorParams, FieldErrorCode } from '@cpc/domain';
import { BadRequestException } from '@nestjs/common';

export interface FieldError {
  field: string;
  /** Starts with the field's name, so that the joined message names every field on its own. */
  message: string;
  /** What is wrong, for a client to say in its own language (the domain's FIELD_ERROR_CODES). */
  code: FieldErrorCode;
  params?: ErrorParams;
}

/**
 * The one shape of every 400 about request fields:
 * `{statusCode, error, code: 'invalid_fields', message, errors:[{field, message, code, params}]}`.
 */
export function invalidFields(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'invalid_fields',
    message: errors.map((e) => e.message).join('; '),
    errors,
  });
}

/** A 400 about one field; `code` says what is wrong (`invalid`: only the message says it). */
export function invalidField(
  field: string,
  problem: string,
  code: FieldErrorCode = 'invalid',
  params?: ErrorParams,
): BadRequestException {
  return invalidFields([{ field, message: `${field}: ${problem}`, code, ...(params && { params }) }]);
}
