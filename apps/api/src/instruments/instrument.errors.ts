import type { ErrorCode, ErrorParams } from '@cpc/domain';
import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { invalidField } from '../common/field-errors.js';

export function instrumentNotFound(id: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    code: 'instrument_not_found',
    message: `instrument ${id} not found`,
  });
}

export function forbidden(message: string, code: ErrorCode, params?: ErrorParams): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, code, ...(params && { params }), message });
}

export function unknownCountry(country: string): BadRequestException {
  return invalidField('country', `unknown country ${country}`, 'unknown_country', { value: country });
}

/** The record already on file under the same natural key, named so that the client can open it instead. */
export interface ClashingInstrument {
  id: string;
  kind: string;
  country: string;
  title: string;
  from: string;
}

export function duplicateInstrument(clash: ClashingInstrument, keyFields: readonly string[]): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'instrument_exists',
    params: { id: clash.id, kind: clash.kind, country: clash.country, title: clash.title, from: clash.from },
    message:
      `${keyFields.join(', ')}: ${clash.country} already has this ${clash.kind} on record, ` +
      `"${clash.title}" from ${clash.from} (id ${clash.id}): open it instead`,
    existingId: clash.id,
  });
}

/** Someone else wrote the same natural key between the check and the write. */
export function concurrentInstrumentWrite(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'concurrent_import',
    message: 'the same instrument was recorded meanwhile by someone else; reload and try again',
  });
}

/** The body carries the stored version, so that the client can reload and apply its change again. */
export function versionConflict(currentVersion: number, expected: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'version_conflict',
    params: { currentVersion, expected },
    message:
      `version: the instrument was changed meanwhile (version ${currentVersion}, not ${expected}); ` +
      'reload it and apply your change again',
    currentVersion,
  });
}
