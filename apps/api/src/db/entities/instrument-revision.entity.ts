import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecordRevisionColumns } from './record-revision-columns.js';
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
export class InstrumentRevisionEntity extends RecordRevisionColumns {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_instrument_revisions_actor' })
  actor?: Relation<UserEntity>;

  @Column({ type: 'text' })
  action: InstrumentRevisionAction;
}
