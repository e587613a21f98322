import {
  type Answers,
  type AssessmentListQuery,
  type AssessmentListResponse,
  type AssessmentResponse,
  type Comments,
  type CreateAssessmentRequest,
  type HistoryResponse,
  type UpdateAssessmentRequest,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/principal.js';
import { Transactions } from '../db/transactions/transactions.js';
import { ReferenceService } from '../reference/reference.service.js';
import { assertCanEdit, assertCanRead } from './assessment.access.js';
import { listFilterFor } from './list-filter.js';
import { assessmentNotFound, duplicateAssessment, unknownCountry, versionConflict } from './assessment.errors.js';
import { toAssessmentResponse, toAssessmentSummary } from './assessment.mapper.js';
import { MethodologyService } from '../methodology/methodology.service.js';
import { AssessmentRepository } from './assessment.repository.js';
import { answersRevision } from './assessment-revisions.js';
import { LockedAssessments } from './locked-assessments.js';
import { RevisionRepository } from './revision.repository.js';
import { ScoresRepository } from './scores.repository.js';

/** Creating, reading and editing assessments; every write and its history line commit together. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly assessments: AssessmentRepository,
    private readonly scores: ScoresRepository,
    private readonly revisions: RevisionRepository,
    private readonly locks: LockedAssessments,
    private readonly references: ReferenceService,
    private readonly methodology: MethodologyService,
  ) {}

  async create(user: AuthenticatedUser, request: CreateAssessmentRequest): Promise<AssessmentResponse> {
    if (!(await this.references.country(request.country))) throw unknownCountry(request.country);
    assertCanEdit(user, request.country);
    const draft = {
      country: request.country,
      year: request.year,
      answers: checkedAnswers(request.answers),
      comments: checkedComments(request.comments ?? {}),
    };
    return this.transactions.run(async (tx) => {
      const id = await this.assessments.insertDraft(tx, draft);
      if (id === null) throw duplicateAssessment(request.country, request.year);
      const after = { answers: draft.answers, comments: draft.comments, status: 'draft' as const };
      await this.revisions.insertRevisions(tx, [
        answersRevision(user, { assessmentId: id, version: 1, action: 'created', before: null, after }),
      ]);
      return this.locks.read(tx, id);
    });
  }

  async list(user: AuthenticatedUser, query: AssessmentListQuery): Promise<AssessmentListResponse> {
    const filter = listFilterFor(user, query);
    const found = await this.assessments.findAssessmentSummaries(filter);
    const facets = await this.assessments.countAssessmentFacets(filter);
    const version = await this.methodology.defaultVersion();
    return { assessments: found.map((a) => toAssessmentSummary(a, version)), facets };
  }

  async get(user: AuthenticatedUser, id: string): Promise<AssessmentResponse> {
    const stored = await this.assessments.findAssessment(id);
    if (!stored) throw assessmentNotFound(id);
    assertCanRead(user, stored.country);
    return toAssessmentResponse(stored, await this.methodology.defaultVersion());
  }

  /** `answers` and `comments`, when given, replace the stored sets wholesale; `version` must be current. */
  async update(user: AuthenticatedUser, id: string, request: UpdateAssessmentRequest): Promise<AssessmentResponse> {
    return this.transactions.run(async (tx) => {
      const before = await this.locks.lockForEdit(tx, user, id, request.version);
      const after = {
        status: before.status,
        answers: request.answers ? checkedAnswers(request.answers) : before.answers,
        comments: request.comments ? checkedComments(request.comments) : before.comments,
      };
      const revision = answersRevision(user, {
        assessmentId: id,
        version: before.version + 1,
        action: 'updated',
        before,
        after,
      });
      // Changed answers void the stored scores: they described answers that no longer exist.
      const clearScores = revision.changes.some((c) => c.kind === 'answer');
      const version = await this.assessments.updateAnswers(tx, {
        id,
        expectedVersion: request.version,
        answers: after.answers,
        comments: after.comments,
        clearScores,
      });
      if (version === null) throw versionConflict(before.version, request.version);
      if (clearScores) await this.scores.deleteScores(tx, [id]);
      await this.revisions.insertRevisions(tx, [{ ...revision, revision: version }]);
      return this.locks.read(tx, id);
    });
  }

  async history(user: AuthenticatedUser, id: string): Promise<HistoryResponse> {
    await this.get(user, id);
    return { assessmentId: id, revisions: await this.revisions.findRevisions(id) };
  }
}

// AnswersSchema and CommentsSchema have checked every code and value of the request.
function checkedAnswers(values: Record<string, unknown>): Answers {
  return values as Answers;
}

function checkedComments(values: Record<string, unknown>): Comments {
  return values as Comments;
}
