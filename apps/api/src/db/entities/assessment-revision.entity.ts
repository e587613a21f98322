import type { AnswerChange, AssessmentStatus } from '@cpc/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';
import { UserEntity } from './user.entity.js';

export const REVISION_ACTIONS = ['created', 'updated', 'submitted', 'validated', 'returned', 'imported'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** The audit trail: one row per write to an assessment, in the same transaction as the write. */
@Entity('assessment_revisions')
@Index('ix_assessment_revisions_assessment', ['assessmentId', 'revision'])
@Check(
  'ck_assessment_revisions_action',
  `"action" IN ('created', 'updated', 'submitted', 'validated', 'returned', 'imported')`,
)
export class AssessmentRevisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_revisions_assessment' })
  assessment?: Relation<AssessmentEntity>;

  /** The assessment's version after this write. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_assessment_revisions_actor' })
  actor?: Relation<UserEntity>;

  /** Kept even if the user is deleted later. */
  @Column({ name: 'actor_email', type: 'text' })
  actorEmail: string;

  @Column({ type: 'text' })
  action: RevisionAction;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: AssessmentStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: AssessmentStatus;

  @Column({ type: 'jsonb', default: [] })
  changes: AnswerChange[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
