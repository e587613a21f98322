import type { AnswerChange, AssessmentStatus, RevisionResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RevisionAction } from '../db/entities/assessment-revision.entity.js';
import { INSERT_REVISIONS_SQL, REVISIONS_SQL } from './revision.sql.js';

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

interface RevisionRow {
  revision: number;
  at: Date;
  actor_id: string | null;
  actor_email: string;
  action: RevisionAction;
  from_status: AssessmentStatus | null;
  to_status: AssessmentStatus;
  changes: AnswerChange[];
  comment: string | null;
}

@Injectable()
export class RevisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The history lines, in one statement. */
  async insertRevisions(manager: EntityManager, revisions: NewRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    await manager.query(INSERT_REVISIONS_SQL, [
      JSON.stringify(
        revisions.map((r) => ({
          assessment_id: r.assessmentId,
          revision: r.revision,
          actor_id: r.actor.id,
          actor_email: r.actor.email,
          action: r.action,
          from_status: r.fromStatus,
          to_status: r.toStatus,
          changes: r.changes,
          comment: r.comment ?? null,
        })),
      ),
    ]);
  }

  /** The assessment's revisions, oldest first. */
  async findRevisions(assessmentId: string): Promise<RevisionResponse[]> {
    const rows: RevisionRow[] = await this.dataSource.query(REVISIONS_SQL, [assessmentId]);
    return rows.map(toRevision);
  }
}

function toRevision(row: RevisionRow): RevisionResponse {
  return {
    revision: row.revision,
    at: row.at.toISOString(),
    by: { id: row.actor_id, email: row.actor_email },
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    changes: row.changes,
    comment: row.comment,
  };
}
