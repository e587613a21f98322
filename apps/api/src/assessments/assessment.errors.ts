import {
  allowedFrom,
  type AssessmentStatus,
  type ErrorCode,
  type ErrorParams,
  type LifecycleAction,
  type SubmissionCheck,
} from '@cpc/domain';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { invalidField } from '../common/field-errors.js';
import { plural } from '../common/plural.js';

export function assessmentNotFound(id: string): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    code: 'assessment_not_found',
    message: `assessment ${id} not found`,
  });
}

export function forbidden(message: string, code: ErrorCode, params?: ErrorParams): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, code, ...(params && { params }), message });
}

export function unknownCountry(country: string): BadRequestException {
  return invalidField('country', `unknown country ${country}`, 'unknown_country', { value: country });
}

export function duplicateAssessment(country: string, year: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'assessment_exists',
    params: { country, year },
    message: `${country} already has an assessment for ${year}: open it instead`,
  });
}

/** An import locks the assessments it replaces, but another writer can still create a country-year it creates. */
export function concurrentImport(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'concurrent_import',
    message: 'country: an assessment of this file was created meanwhile by someone else; import the file again',
  });
}

/** The body carries the stored version, so that the client can reload and apply its change again. */
export function versionConflict(currentVersion: number, expected: number): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'version_conflict',
    params: { currentVersion, expected },
    message:
      `version: the assessment was changed meanwhile (version ${currentVersion}, not ${expected}); ` +
      'reload it and apply your change again',
    currentVersion,
  });
}

export function notEditable(status: AssessmentStatus): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'not_editable',
    params: { status },
    message: `status: a ${status} assessment cannot be edited (only a draft or a returned one)`,
    currentStatus: status,
  });
}

const VERB: Record<LifecycleAction, string> = { submit: 'submitted', validate: 'validated', return: 'returned' };

export function transitionConflict(status: AssessmentStatus, action: LifecycleAction): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: 'transition_conflict',
    params: { status, action },
    message: `status: a ${status} assessment cannot be ${VERB[action]} (only from ${allowedFrom(action).join(' or ')})`,
    currentStatus: status,
  });
}

/** 422 with every unanswered item and every invalid answer, so the form can point at each. */
export function notSubmittable(check: SubmissionCheck): UnprocessableEntityException {
  const invalid = [...check.invalidAnswers, ...check.invalidComments];
  return new UnprocessableEntityException({
    statusCode: 422,
    code: 'not_submittable',
    message: `The assessment cannot be submitted: ${plural(check.missing.length, 'missing item')}, ${plural(invalid.length, 'invalid answer')}`,
    missing: check.missing,
    invalid,
  });
}
