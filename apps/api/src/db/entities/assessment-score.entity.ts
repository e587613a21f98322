import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/** Codes and numbers paired one to one, none missing, every number within 0–`max`. */
const breakdownCheck = (codes: string, values: string, max: number) =>
  `cardinality("${codes}") = cardinality("${values}") AND array_position("${codes}", NULL) IS NULL AND array_position("${values}", NULL) IS NULL AND 0 <= ALL("${values}") AND ${max} >= ALL("${values}")`;

/**
 * A scored assessment's index and computed level under one methodology version, with its breakdown: each
 * dimension's score and each applicable scored item's points, as arrays of codes and numbers in the same
 * order. Every scored assessment has one row per version, so that a figure can be asked for under any of them
 * (docs/methodology.md).
 */
@Entity('assessment_scores')
@Check('ck_assessment_scores_index', `"overall_index" BETWEEN 0 AND 100`)
@Check('ck_assessment_scores_level', `"computed_level" BETWEEN 1 AND 5`)
@Check('ck_assessment_scores_dimensions', breakdownCheck('dimension_codes', 'dimension_scores', 100))
@Check('ck_assessment_scores_items', breakdownCheck('item_codes', 'item_points', 1))
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

  @Column({ name: 'dimension_codes', type: 'text', array: true })
  dimensionCodes: string[];

  @Column({ name: 'dimension_scores', type: 'double precision', array: true })
  dimensionScores: number[];

  @Column({ name: 'item_codes', type: 'text', array: true })
  itemCodes: string[];

  @Column({ name: 'item_points', type: 'double precision', array: true })
  itemPoints: number[];
}
