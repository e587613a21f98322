import { Column, Entity, Index } from 'typeorm';
import { factKey } from './fact-key.js';

/**
 * What the maturity figures need of a country's current assessment in an as-of year, for one status scope and
 * methodology: its scores and its disclosure keys. Kept by refresh_maturity_cells() at each commit
 * (migration MaturityCells1795789000000; the function is installed by MaturityCellsInstaller).
 */
@Entity('maturity_facts')
// (year, scope, methodology, country) with the map's columns included, which TypeORM cannot declare: made by
// migration MaturityFactsCovering1795799000000 and left alone by the schema comparison.
@Index('ix_maturity_facts_year', { synchronize: false })
export class MaturityFactEntity extends factKey('PK_maturity_facts') {
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  /** The year of the assessment that is current (the as-of year or up to two years before). */
  @Column({ name: 'assessed_year', type: 'smallint' })
  assessedYear: number;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'overall_index', type: 'double precision' })
  overallIndex: number;

  @Column({ name: 'computed_level', type: 'smallint' })
  computedLevel: number;

  @Column({ name: 'self_level', type: 'smallint', nullable: true })
  selfLevel: number | null;

  @Column({ name: 'governance', type: 'double precision', nullable: true })
  governance: number | null;

  @Column({ name: 'information_exchange', type: 'double precision', nullable: true })
  informationExchange: number | null;

  @Column({ name: 'risk_targeting', type: 'double precision', nullable: true })
  riskTargeting: number | null;

  @Column({ name: 'joint_controls', type: 'double precision', nullable: true })
  jointControls: number | null;

  @Column({ name: 'enforcement_powers', type: 'double precision', nullable: true })
  enforcementPowers: number | null;

  @Column({ name: 'investigations', type: 'double precision', nullable: true })
  investigations: number | null;

  @Column({ name: 'resource_sharing', type: 'double precision', nullable: true })
  resourceSharing: number | null;

  @Column({ name: 'liaison', type: 'double precision', nullable: true })
  liaison: number | null;

  @Column({ name: 'training', type: 'double precision', nullable: true })
  training: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_score', type: 'double precision', nullable: true })
  kScore: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_assessed', type: 'double precision', nullable: true })
  kAssessed: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_level_1', type: 'double precision', nullable: true })
  kLevel1: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_level_2', type: 'double precision', nullable: true })
  kLevel2: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_level_3', type: 'double precision', nullable: true })
  kLevel3: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_level_4', type: 'double precision', nullable: true })
  kLevel4: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_level_5', type: 'double precision', nullable: true })
  kLevel5: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_self_1', type: 'double precision', nullable: true })
  kSelf1: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_self_2', type: 'double precision', nullable: true })
  kSelf2: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_self_3', type: 'double precision', nullable: true })
  kSelf3: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_self_4', type: 'double precision', nullable: true })
  kSelf4: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_self_5', type: 'double precision', nullable: true })
  kSelf5: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_overall', type: 'double precision', nullable: true })
  kOwnOverall: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_governance', type: 'double precision', nullable: true })
  kOwnGovernance: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_information_exchange', type: 'double precision', nullable: true })
  kOwnInformationExchange: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_risk_targeting', type: 'double precision', nullable: true })
  kOwnRiskTargeting: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_joint_controls', type: 'double precision', nullable: true })
  kOwnJointControls: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_enforcement_powers', type: 'double precision', nullable: true })
  kOwnEnforcementPowers: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_investigations', type: 'double precision', nullable: true })
  kOwnInvestigations: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_resource_sharing', type: 'double precision', nullable: true })
  kOwnResourceSharing: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_liaison', type: 'double precision', nullable: true })
  kOwnLiaison: number | null;

  /** A disclosure key of the record (docs/disclosure.md); null for a country that shares its figures. */
  @Column({ name: 'k_own_training', type: 'double precision', nullable: true })
  kOwnTraining: number | null;

  /** The assessment's version, which its actions record's keys are hashed from. */
  @Column({ name: 'assessment_version', type: 'integer' })
  assessmentVersion: number;

  /** The codes of the assessment's scored items under GAP_THRESHOLD under this methodology, in order: its gaps. */
  @Column({ name: 'gap_codes', type: 'text', array: true })
  gapCodes: string[];

  /**
   * The keys of the country-year's actions record without a plan, minus those of the record with nothing
   * (action-records.sql.ts); null for a country that shares its figures.
   */
  @Column({ name: 'k_act', type: 'double precision', array: true, nullable: true })
  kAct: number[] | null;
}
