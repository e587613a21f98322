import { Column, CreateDateColumn } from 'typeorm';

/**
 * The columns every history table of a record kept with its history shares (instrument_revisions,
 * action_revisions): one row per write, in the same transaction as the write, and no foreign key to the record,
 * so that a deleted record's history is kept.
 */
export abstract class RecordRevisionColumns {
  /** The record's version after this write (the last version for a deletion). */
  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** Kept even if the user is deleted later. */
  @Column({ name: 'actor_email', type: 'text' })
  actorEmail: string;

  /** The record as the API shows it, before and after the write (null before a creation, after a deletion). */
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
