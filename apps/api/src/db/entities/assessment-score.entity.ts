import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/**
 * A scored assessment's index and computed level under one methodology version: every scored assessment has
 * one row per version, so that a figure can be asked for under any of them (docs/methodology.md).
 */
@Entity('assessment_scores')
@Check('ck_assessment_scores_index', `"overall_index" BETWEEN 0 AND 100`)
@Check('ck_assessment_scores_level', `"computed_level" BETWEEN 1 AND 5`)
export class AssessmentScoreEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid', primaryKeyConstraintName: 'PK_assessment_scores' })
  assessmentId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_assessment_scores' })
  methodology: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_scores_assessment' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'overall_index', type: 'double precision' })
  overallIndex: number;

  @Column({ name: 'computed_level', type: 'smallint' })
  computedLevel: number;
}
