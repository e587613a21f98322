import {
  checkSubmission,
  computeScoresUnderEveryVersion,
  selfLevelOf,
  isSubmittable,
  type AssessmentResponse,
  type ReturnAssessmentRequest,
  type SubmitAssessmentRequest,
  type ValidateAssessmentRequest,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/principal.js';
import { Transactions } from '../db/transactions/transactions.js';
import { notSubmittable } from './assessment.errors.js';
import { AssessmentRepository } from './assessment.repository.js';
import { statusRevision } from './assessment-revisions.js';
import { LockedAssessments } from './locked-assessments.js';
import { RevisionRepository } from './revision.repository.js';
import { ScoresRepository } from './scores.repository.js';

/** Submission (scored by the domain), validation and return: status changes, each with its history line. */
@Injectable()
export class AssessmentLifecycleService {
  constructor(
    private readonly transactions: Transactions,
    private readonly assessments: AssessmentRepository,
    private readonly scores: ScoresRepository,
    private readonly revisions: RevisionRepository,
    private readonly locks: LockedAssessments,
  ) {}

  /** A complete, valid answer set is scored and stored; otherwise 422 lists what is missing or invalid. */
  async submit(user: AuthenticatedUser, id: string, request: SubmitAssessmentRequest): Promise<AssessmentResponse> {
    return this.transactions.run(async (tx) => {
      const { locked, toStatus } = await this.locks.lockForTransition(tx, user, id, 'submit', request.version);
      const check = checkSubmission(locked.answers, locked.comments);
      const scores = isSubmittable(check) ? computeScoresUnderEveryVersion(locked.answers) : null;
      if (!scores) throw notSubmittable(check);
      const version = await this.assessments.markSubmitted(tx, id, selfLevelOf(locked.answers));
      await this.scores.replaceScores(tx, [{ assessmentId: id, scores }]);
      await this.revisions.insertRevisions(tx, [
        statusRevision(user, locked, { version, action: 'submitted', toStatus }),
      ]);
      return this.locks.read(tx, id);
    });
  }

  async validate(user: AuthenticatedUser, id: string, request: ValidateAssessmentRequest): Promise<AssessmentResponse> {
    return this.transactions.run(async (tx) => {
      const { locked, toStatus } = await this.locks.lockForTransition(tx, user, id, 'validate', request.version);
      const version = await this.assessments.updateStatus(tx, id, toStatus);
      await this.revisions.insertRevisions(tx, [
        statusRevision(user, locked, { version, action: 'validated', toStatus }),
      ]);
      return this.locks.read(tx, id);
    });
  }

  /** Back to the coordinator with the analyst's comment; it leaves the analytics until resubmitted. */
  async return(user: AuthenticatedUser, id: string, request: ReturnAssessmentRequest): Promise<AssessmentResponse> {
    return this.transactions.run(async (tx) => {
      const { locked, toStatus } = await this.locks.lockForTransition(tx, user, id, 'return', request.version);
      const version = await this.assessments.updateStatus(tx, id, toStatus, request.comment);
      await this.revisions.insertRevisions(tx, [
        statusRevision(user, locked, { version, action: 'returned', toStatus, comment: request.comment }),
      ]);
      return this.locks.read(tx, id);
    });
  }
}
