import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from './user.entity.js';

/**
 * An admin's decision to adopt a methodology version as the default, kept in order: the newest is in force,
 * and with none the initial default (v1) stands.
 */
@Entity('methodology_decisions')
export class MethodologyDecisionEntity {
  @PrimaryGeneratedColumn('identity', {
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_methodology_decisions',
  })
  id: number;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt: Date;

  @Column({ name: 'adopted_by', type: 'uuid', nullable: true })
  adoptedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adopted_by', foreignKeyConstraintName: 'fk_methodology_decisions_user' })
  adopter?: Relation<UserEntity>;
}
