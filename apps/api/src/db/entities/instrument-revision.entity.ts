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

export const INSTRUMENT_REVISION_ACTIONS = ['created', 'updated', 'deleted', 'imported'] as const;
export type InstrumentRevisionAction = (typeof INSTRUMENT_REVISION_ACTIONS)[number];

/**
 * The register's history: one row per write, in the same transaction as the write. No foreign key to the
 * instrument: the history of a deleted instrument is kept.
 */
@Entity('instrument_revisions')
@Index('ix_instrument_revisions_instrument', ['instrumentId', 'revision'])
@Check('ck_instrument_revisions_action', `"action" IN ('created', 'updated', 'deleted', 'imported')`)
export class InstrumentRevisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  /** The instrument's version after this write (the last version for a deletion). */
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_instrument_revisions_actor' })
  actor?: Relation<UserEntity>;

  /** Kept even if the user is deleted later. */
  @Column({ name: 'actor_email', type: 'text' })
  actorEmail: string;

  @Column({ type: 'text' })
  action: InstrumentRevisionAction;

  /** The record as the API shows it, before and after the write (null before a creation, after a deletion). */
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
