import { ACTIVITIES } from '../operations/vocabularies.js';

/** The kinds of cooperation instrument the handbook builds (sections III–VIII), one register for all. */
export const INSTRUMENT_KINDS = [
  'agreement',
  'committee',
  'liaison_officer',
  'training',
  'joint_unit',
  'interpol_access',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const AGREEMENT_TYPES = ['mou', 'moa', 'legislation', 'decree', 'other'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const AGENCIES = [
  'customs',
  'police',
  'gendarmerie',
  'border_guard',
  'prosecution',
  'financial_intelligence',
  'other',
] as const;
export type Agency = (typeof AGENCIES)[number];

/** What an agreement covers: the operations' joint activities, plus exchange, training and liaison. */
export const AGREEMENT_SCOPES = [...ACTIVITIES, 'information_exchange', 'training', 'liaison'] as const;
export type AgreementScope = (typeof AGREEMENT_SCOPES)[number];

export const COMMITTEE_LEVELS = ['national', 'regional', 'local'] as const;
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];

export const LIAISON_DIRECTIONS = ['customs_in_police', 'police_in_customs', 'joint_regional'] as const;
export type LiaisonDirection = (typeof LIAISON_DIRECTIONS)[number];

export const TRAINING_SUPPORTERS = ['wco', 'interpol', 'unodc', 'other'] as const;
export type TrainingSupporter = (typeof TRAINING_SUPPORTERS)[number];

/** AIRCOP's joint airport interdiction task forces, the CCP's port control units, land borders, others. */
export const JOINT_UNIT_TYPES = ['aircop_jaitf', 'ccp_pcu', 'land_border', 'other'] as const;
export type JointUnitType = (typeof JOINT_UNIT_TYPES)[number];

/**
 * INTERPOL's databases customs may query: the four the operations record (SLTD, SMV, nominal data, notices)
 * and the others the handbook's section VIII describes (DNA profiles, fingerprints, stolen works of art,
 * firearms).
 */
export const INTERPOL_DATABASES = [
  'sltd',
  'smv',
  'nominal',
  'notices',
  'dna',
  'fingerprints',
  'works_of_art',
  'firearms',
] as const;
export type InterpolDatabase = (typeof INTERPOL_DATABASES)[number];
