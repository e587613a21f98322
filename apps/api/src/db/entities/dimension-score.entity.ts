import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/** One row per assessment, methodology version and dimension, so that PostgreSQL can aggregate the dimensions. */
@Entity('assessment_dimension_scores')
@Check('ck_dimension_scores_range', `"score" BETWEEN 0 AND 100`)
export class DimensionScoreEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid', primaryKeyConstraintName: 'PK_dimension_scores' })
  assessmentId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_dimension_scores' })
  methodology: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_dimension_scores' })
  dimension: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_dimension_scores_assessment' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'double precision' })
  score: number;
}
