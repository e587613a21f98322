import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordRevisionColumns } from './record-revision-columns.js';
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
export class ActionRevisionEntity extends RecordRevisionColumns {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_action_revisions' })
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_action_revisions_actor' })
  actor?: Relation<UserEntity>;

  @Column({ type: 'text' })
  action: ActionRevisionAction;
}
