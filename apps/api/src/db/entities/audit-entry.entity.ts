import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write, export or sign-in attempt: who, what, when, with which filters. Never a body or a password. */
@Entity('audit_log')
@Index('ix_audit_log_at', ['at'])
@Index('ix_audit_log_user', ['userId', 'at'])
@Check('ck_audit_log_action', `"action" IN ('write', 'export', 'sign-in')`)
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** The account's e-mail, or the one a sign-in attempt gave. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  method: string;

  @Column({ type: 'text' })
  path: string;

  /** The query string's parameters: the filters of an export. */
  @Column({ type: 'jsonb', default: {} })
  query: Record<string, string>;

  @Column({ type: 'smallint' })
  status: number;
}
