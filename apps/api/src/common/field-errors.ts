import { BadRequestException } from '@nestjs/common';

export interface FieldError {
  field: string;
  /** Starts with the field's name, so that the joined message names every field on its own. */
  message: string;
}

/** The one shape of every 400 about request fields: `{statusCode, error, message, errors:[{field, message}]}`. */
export function invalidFields(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: errors.map((e) => e.message).join('; '),
    errors,
  });
}

export function invalidField(field: string, problem: string): BadRequestException {
  return invalidFields([{ field, message: `${field}: ${problem}` }]);
}
