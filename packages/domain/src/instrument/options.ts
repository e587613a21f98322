import type { ItemOption } from './types.js';

/** Option lists shared by several items. Labels are ours: the handbook's answer boxes are free text. */
export const TRI_OPTIONS: ItemOption[] = [
  { code: 'yes', points: 1, label: { en: 'Yes', fr: 'Oui' } },
  { code: 'partial', points: 0.5, label: { en: 'Partially', fr: 'Partiellement' } },
  { code: 'no', points: 0, label: { en: 'No', fr: 'Non' } },
];

export const YESNO_OPTIONS: ItemOption[] = [
  { code: 'yes', points: 1, label: { en: 'Yes', fr: 'Oui' } },
  { code: 'no', points: 0, label: { en: 'No', fr: 'Non' } },
];

export const ARRANGEMENTS: ItemOption[] = [
  { code: 'none', points: 0, exclusive: true, label: { en: 'No arrangement', fr: 'Aucune disposition' } },
  { code: 'informal', points: 0.25, label: { en: 'Informal arrangements', fr: 'Dispositions informelles' } },
  {
    code: 'mou',
    points: 0.5,
    label: { en: 'Memorandum of understanding (MoU)', fr: 'Protocole d’entente (PE)' },
  },
  {
    code: 'moa',
    points: 0.75,
    label: { en: 'Memorandum of agreement (MoA)', fr: 'Protocole d’accord (PA)' },
  },
  { code: 'legislation', points: 0.75, label: { en: 'Legislation', fr: 'Cadre législatif' } },
  {
    code: 'joint_committee',
    points: 0.25,
    bonus: true,
    label: {
      en: 'Customs–Police Cooperation Committee (CPCC)',
      fr: 'Comité de coopération douane-police (CCDP)',
    },
  },
];

export const BASIS_OPTIONS: ItemOption[] = [
  { code: 'informal', points: 0.5, label: { en: 'Informal basis', fr: 'Base informelle' } },
  { code: 'mou', points: 1, label: { en: 'MoU', fr: 'PE' } },
  { code: 'legislation', points: 1, label: { en: 'Legislative framework', fr: 'Cadre législatif' } },
];

export const EXCHANGE_FREQUENCY: ItemOption[] = [
  { code: 'none', points: 0, label: { en: 'No exchange', fr: 'Aucun échange' } },
  { code: 'sporadic', points: 0.25, label: { en: 'Sporadic', fr: 'Sporadique' } },
  { code: 'regular', points: 0.5, label: { en: 'Regular', fr: 'Régulier' } },
  { code: 'daily', points: 0.75, label: { en: 'Daily', fr: 'Quotidien' } },
  {
    code: 'permanent',
    points: 1,
    label: { en: 'Permanent (integrated systems)', fr: 'Permanent (systèmes intégrés)' },
  },
];

const RISK_AREAS: [string, string, string][] = [
  ['narcotics', 'Narcotics', 'Stupéfiants'],
  ['counterfeits', 'Counterfeits', 'Contrefaçons'],
  ['endangered_species', 'Endangered species', 'Espèces menacées'],
  ['currency', 'Currency smuggling', 'Contrebande de devises'],
  ['weapons', 'Weapons', 'Armes'],
  ['tobacco_alcohol', 'Tobacco and alcohol', 'Tabac et alcool'],
  ['cultural_goods', 'Cultural goods', 'Biens culturels'],
  ['hazardous_waste', 'Hazardous waste', 'Déchets dangereux'],
];

/** A.5.1: each area is worth 1/8, so the points are the share of areas selected. */
export const SEIZURE_AREAS: ItemOption[] = RISK_AREAS.map(([code, en, fr]) => ({
  code,
  points: 1 / RISK_AREAS.length,
  label: { en, fr },
}));

export const INVESTIGATION_POWERS: ItemOption[] = [
  { code: 'none', points: 0, label: { en: 'No investigative powers', fr: 'Aucune habilitation' } },
  {
    code: 'customs_offences',
    points: 0.5,
    label: { en: 'Customs offences', fr: 'Délits douaniers' },
  },
  {
    code: 'organised_crime',
    points: 1,
    label: { en: 'Organised crime', fr: 'Criminalité organisée' },
  },
];

export const UNDERCOVER_FRAMEWORK: ItemOption[] = [
  { code: 'none', points: 0, label: { en: 'None', fr: 'Aucun' } },
  {
    code: 'other_agency',
    points: 0.5,
    label: { en: 'Relies on another agency', fr: 'Recours à une autre administration' },
  },
  { code: 'own_framework', points: 1, label: { en: 'Own framework', fr: 'Cadre propre' } },
];

export const FORENSICS: ItemOption[] = [
  { code: 'none', points: 0, label: { en: 'None', fr: 'Aucune' } },
  {
    code: 'other_agency',
    points: 0.5,
    label: { en: 'Provided by another agency', fr: 'Relève d’autres services' },
  },
  { code: 'own', points: 1, label: { en: 'Own capability', fr: 'Compétence propre' } },
];

export const LIAISON_OPTIONS: ItemOption[] = [
  { code: 'none', points: 0, label: { en: 'No liaison officers', fr: 'Pas d’agents de liaison' } },
  {
    code: 'virtual_task_force',
    points: 0.5,
    label: { en: 'Virtual task force', fr: 'Groupe de travail virtuel' },
  },
  {
    code: 'one_way',
    points: 0.5,
    label: { en: 'Officers posted one way', fr: 'Agents détachés dans un sens' },
  },
  {
    code: 'both_ways',
    points: 1,
    label: { en: 'Officers posted both ways', fr: 'Agents détachés dans les deux sens' },
  },
];

const DIFFICULTY_LABELS: [string, string, string][] = [
  ['overlapping_mandates', 'Overlapping mandates', 'Chevauchement des mandats'],
  ['no_information_exchange', 'No information exchange', 'Absence d’échange d’informations'],
  ['legal_barriers', 'Legal barriers', 'Obstacles juridiques'],
  ['lack_of_trust', 'Lack of trust', 'Manque de confiance'],
  ['resource_constraints', 'Resource constraints', 'Contraintes de ressources'],
  ['separate_ministries', 'Separate ministries', 'Ministères de tutelle différents'],
  ['other', 'Other', 'Autre'],
];

/** A.17 is not scored: its options carry no points. */
export const DIFFICULTIES: ItemOption[] = DIFFICULTY_LABELS.map(([code, en, fr]) => ({
  code,
  points: null,
  label: { en, fr },
}));
