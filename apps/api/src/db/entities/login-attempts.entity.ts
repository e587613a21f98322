import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts per key (`ip:<address>`, `pair:<address>:<e-mail>`) in a fixed window, shared by every
 * instance of the API.
 */
@Entity('login_attempts')
@Index('ix_login_attempts_reset_at', ['resetAt'])
export class LoginAttemptsEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ name: 'reset_at', type: 'timestamptz' })
  resetAt: Date;
}
