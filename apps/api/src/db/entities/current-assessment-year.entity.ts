import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/**
 * A country's current assessment in an as-of year, for one status scope (`counted`: submitted or validated;
 * `validated`), kept by statement triggers on `assessments` in the same transaction as every write
 * (migration CurrentAssessmentYears1795787000000). The analytics read it instead of sorting the window.
 */
@Entity('current_assessment_years')
@Check('ck_current_assessment_years_scope', `"scope" IN ('counted', 'validated')`)
@Index('ix_current_assessment_years_assessment', ['assessmentId'])
export class CurrentAssessmentYearEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_current_assessment_years' })
  scope: 'counted' | 'validated';

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_current_assessment_years' })
  year: number;

  @PrimaryColumn({
    name: 'country_iso3',
    type: 'char',
    length: 3,
    primaryKeyConstraintName: 'PK_current_assessment_years',
  })
  countryIso3: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_current_assessment_years_assessment' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'assessed_year', type: 'smallint' })
  assessedYear: number;
}
