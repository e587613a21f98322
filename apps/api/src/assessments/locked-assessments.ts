import {
  isEditable,
  nextStatus,
  type AssessmentResponse,
  type AssessmentStatus,
  type LifecycleAction,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal.js';
import { assertCanAct, assertCanEdit } from './assessment.access.js';
import { assessmentNotFound, notEditable, transitionConflict, versionConflict } from './assessment.errors.js';
import { toAssessmentResponse } from './assessment.mapper.js';
import { MethodologyService } from '../methodology/methodology.service.js';
import { AssessmentRepository, type LockedAssessment } from './assessment.repository.js';

/**
 * The first and last steps of every write to one assessment, inside its transaction: lock the row (so that
 * concurrent writes queue up and each sees the version the previous one left), check, and read back.
 * Checks run in this order: exists (404), the caller may act on it (403), version (409), status (409).
 */
@Injectable()
export class LockedAssessments {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly methodology: MethodologyService,
  ) {}

  /** For the coordinator's edits of answers and comments: a draft or a returned assessment. */
  async lockForEdit(
    tx: EntityManager,
    user: AuthenticatedUser,
    id: string,
    version: number,
  ): Promise<LockedAssessment> {
    const locked = await this.lock(tx, id);
    assertCanEdit(user, locked.country);
    checkVersion(locked, version);
    if (!isEditable(locked.status)) throw notEditable(locked.status);
    return locked;
  }

  /** For submit, validate and return: the action must be allowed from the current status. */
  async lockForTransition(
    tx: EntityManager,
    user: AuthenticatedUser,
    id: string,
    action: LifecycleAction,
    version: number,
  ): Promise<{ locked: LockedAssessment; toStatus: AssessmentStatus }> {
    const locked = await this.lock(tx, id);
    assertCanAct(user, locked.country, action);
    checkVersion(locked, version);
    const toStatus = nextStatus(locked.status, action);
    if (toStatus === null) throw transitionConflict(locked.status, action);
    return { locked, toStatus };
  }

  async read(tx: EntityManager, id: string): Promise<AssessmentResponse> {
    const stored = await this.assessments.findAssessment(id, tx);
    if (!stored) throw assessmentNotFound(id);
    return toAssessmentResponse(stored, await this.methodology.defaultVersion(tx));
  }

  private async lock(tx: EntityManager, id: string): Promise<LockedAssessment> {
    const locked = await this.assessments.lockAssessment(tx, id);
    if (!locked) throw assessmentNotFound(id);
    return locked;
  }
}

function checkVersion(locked: LockedAssessment, expected: number): void {
  if (locked.version !== expected) throw versionConflict(locked.version, expected);
}
