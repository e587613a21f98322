import type { Answers, AssessmentStatus, Comments } from '@cpc/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  Unique,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

export const ASSESSMENT_SOURCES = ['entered', 'imported', 'demo'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

@Entity('assessments')
@Unique('uq_assessments_country_year', ['countryIso3', 'year'])
@Check('ck_assessments_status', `"status" IN ('draft', 'submitted', 'validated', 'returned')`)
@Check('ck_assessments_source', `"source" IN ('entered', 'imported', 'demo')`)
@Check('ck_assessments_self_level', `"self_level" BETWEEN 1 AND 5`)
// The analytics read counted assessments by year; drafts and returned ones are never counted.
@Index('ix_assessments_counted_year', ['year', 'countryIso3'], { where: `"status" IN ('submitted', 'validated')` })
export class AssessmentEntity {
  @TimeOrderedId()
  id: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_assessments_country' })
  country?: Relation<CountryEntity>;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'text', default: 'draft' })
  status: AssessmentStatus;

  @Column({ type: 'jsonb', default: {} })
  answers: Answers;

  @Column({ type: 'jsonb', default: {} })
  comments: Comments;

  /** A.18's level, kept on the row because it is an answer, the same under every methodology; the scores are in assessment_scores. */
  @Column({ name: 'self_level', type: 'smallint', nullable: true })
  selfLevel: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'text', default: 'entered' })
  source: AssessmentSource;

  /** The analyst's reason when the assessment was last returned. */
  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
