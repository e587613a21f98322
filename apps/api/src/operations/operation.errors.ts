import { ConflictException, NotFoundException } from '@nestjs/common';

export function operationNotFound(id: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, code: 'operation_not_found', message: `operation ${id} not found` });
}

export function resultNotFound(id: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    code: 'result_not_found',
    message: `result ${id} not found in this operation`,
  });
}

export function duplicateCode(code: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'operation_code_taken',
    params: { code },
    message: `code: an operation with code ${code} already exists`,
  });
}

export function duplicateResult(country: string): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'result_exists',
    params: { country },
    message: `country: ${country} has already reported a result for this operation; edit it instead`,
  });
}

export function reportedParticipants(countries: string[]): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'participants_reported',
    params: { countries },
    message: `countries: ${countries.join(', ')} reported results and cannot be removed; delete their results first`,
  });
}

/** Imports take turns, but an operation created by hand meanwhile can still take a code the file creates. */
export function concurrentCodes(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'concurrent_import',
    message: 'operation_code: an operation of this file was created meanwhile by someone else; import the file again',
  });
}
