import type { ErrorCode, ErrorParams } from '@cpc/domain';
import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';

export function actionNotFound(id: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, code: 'action_not_found', message: `action ${id} not found` });
}

export function countryNotFound(iso3: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    code: 'country_not_found',
    params: { country: iso3 },
    message: `iso3: unknown country ${iso3}`,
  });
}

export function forbidden(message: string, code: ErrorCode, params?: ErrorParams): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, code, ...(params && { params }), message });
}

/** The body carries the stored version, so that the client can reload and apply its change again. */
export function versionConflict(currentVersion: number, expected: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'version_conflict',
    params: { currentVersion, expected },
    message:
      `version: the action was changed meanwhile (version ${currentVersion}, not ${expected}); ` +
      'reload it and apply your change again',
    currentVersion,
  });
}
