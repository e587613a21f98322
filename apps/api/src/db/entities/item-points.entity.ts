import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/** Points of each applicable scored item of a scored assessment under each version, so that PostgreSQL can count gaps. */
@Entity('assessment_item_points')
@Check('ck_item_points_range', `"points" BETWEEN 0 AND 1`)
export class ItemPointsEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid', primaryKeyConstraintName: 'PK_item_points' })
  assessmentId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_item_points' })
  methodology: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_item_points' })
  code: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_item_points_assessment' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'double precision' })
  points: number;
}
