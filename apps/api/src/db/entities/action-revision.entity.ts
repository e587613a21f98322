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
import { UserEntity } from './user.entity.js';

export const ACTION_REVISION_ACTIONS = ['created', 'updated', 'commented', 'deleted'] as const;
export type ActionRevisionAction = (typeof ACTION_REVISION_ACTIONS)[number];

/**
 * An action plan's history: one row per write, in the same transaction as the write. No foreign key to the
 * action: the history of a deleted action is kept.
 */
@Entity('action_revisions')
@Index('ix_action_revisions_action', ['actionId', 'revision'])
@Check('ck_action_revisions_action', `"action" IN ('created', 'updated', 'commented', 'deleted')`)
export class ActionRevisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_action_revisions' })
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  /** The action's version after this write (the last version for a deletion). */
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_action_revisions_actor' })
  actor?: Relation<UserEntity>;

  /** Kept even if the user is deleted later. */
  @Column({ name: 'actor_email', type: 'text' })
  actorEmail: string;

  @Column({ type: 'text' })
  action: ActionRevisionAction;

  /** The record as the API shows it, before and after the write (null before a creation, after a deletion). */
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
