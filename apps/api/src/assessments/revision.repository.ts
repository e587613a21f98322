import type { AnswerChange, AssessmentStatus, RevisionResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssessmentRevisionEntity } from '../db/entities/index.js';
import type { RevisionAction } from '../db/entities/assessment-revision.entity.js';

/** One line of the audit trail, written in the same transaction as the change it records. */
export interface NewRevision {
  assessmentId: string;
  /** The assessment's version after the write. */
  revision: number;
  actor: { id: string; email: string };
  action: RevisionAction;
  fromStatus: AssessmentStatus | null;
  toStatus: AssessmentStatus;
  changes: AnswerChange[];
  comment?: string | null;
}

const INSERT_CHUNK = 1000;

@Injectable()
export class RevisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertRevisions(manager: EntityManager, revisions: NewRevision[]): Promise<void> {
    for (let i = 0; i < revisions.length; i += INSERT_CHUNK) {
      await manager.getRepository(AssessmentRevisionEntity).insert(revisions.slice(i, i + INSERT_CHUNK).map(toEntity));
    }
  }

  /** The assessment's revisions, oldest first. */
  async findRevisions(assessmentId: string): Promise<RevisionResponse[]> {
    const rows = await this.dataSource
      .getRepository(AssessmentRevisionEntity)
      .find({ where: { assessmentId }, order: { revision: 'ASC', id: 'ASC' } });
    return rows.map(toRevision);
  }
}

function toEntity(r: NewRevision): Partial<AssessmentRevisionEntity> {
  return {
    assessmentId: r.assessmentId,
    revision: r.revision,
    actorId: r.actor.id,
    actorEmail: r.actor.email,
    action: r.action,
    fromStatus: r.fromStatus,
    toStatus: r.toStatus,
    changes: r.changes,
    comment: r.comment ?? null,
  };
}

function toRevision(entity: AssessmentRevisionEntity): RevisionResponse {
  return {
    revision: entity.revision,
    at: entity.at.toISOString(),
    by: { id: entity.actorId, email: entity.actorEmail },
    action: entity.action,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    changes: entity.changes,
    comment: entity.comment,
  };
}
