import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/** One row per assessment and dimension, so that PostgreSQL can aggregate the dimensions. */
@Entity('assessment_dimension_scores')
@Index('ix_dimension_scores_dimension', ['dimension', 'assessmentId'])
@Check('ck_dimension_scores_range', `"score" BETWEEN 0 AND 100`)
export class DimensionScoreEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @PrimaryColumn({ type: 'text' })
  dimension: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_dimension_scores_assessment' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'double precision' })
  score: number;
}
