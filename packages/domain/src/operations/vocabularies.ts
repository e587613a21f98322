import type { Localized } from '../i18n.js';

export const PROGRAMMES = ['aircop', 'ccp', 'wco', 'interpol', 'regional', 'national'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export const LEADS = ['wco', 'interpol', 'unodc', 'national', 'other'] as const;
export type Lead = (typeof LEADS)[number];

/** The joint activities the handbook lists in section V (« Ensemble, la douane et la police peuvent assurer conjointement »). */
export const ACTIVITIES = [
  'risk_targeting',
  'interception',
  'investigation',
  'operational',
  'controlled_delivery',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const UNIT_TYPES = [
  'airport_task_force',
  'port_control_unit',
  'customs',
  'police',
  'joint_team',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** INTERPOL databases queried during an operation: SLTD, SMV, the nominal database and notices. */
export const CHECK_DATABASES = ['sltd', 'smv', 'nominal', 'notices'] as const;
export type CheckDatabase = (typeof CHECK_DATABASES)[number];

export const COMMODITIES = [
  'cocaine',
  'cannabis',
  'heroin',
  'synthetic_drugs',
  'precursors',
  'counterfeit_goods',
  'medicines',
  'tobacco',
  'alcohol',
  'wildlife',
  'timber',
  'cultural_goods',
  'weapons',
  'ammunition',
  'explosives',
  'currency',
  'hazardous_waste',
  'other',
] as const;
export type Commodity = (typeof COMMODITIES)[number];

/** Quantities in different units are never added together. */
export const SEIZURE_UNITS = ['kg', 'l', 'pieces', 'heads', 'usd', 'eur'] as const;
export type SeizureUnit = (typeof SEIZURE_UNITS)[number];

/** Units that count things: a quantity in them is a whole number (2.5 weapons is a typing error). */
export const INTEGER_UNITS: readonly SeizureUnit[] = ['pieces', 'heads'];

/** True when a quantity in `unit` must be a whole number and `quantity` is not. */
export function breaksIntegerUnit(unit: SeizureUnit, quantity: number): boolean {
  return INTEGER_UNITS.includes(unit) && !Number.isInteger(quantity);
}

export const PROGRAMME_LABELS: Record<Programme, Localized> = {
  aircop: { en: 'AIRCOP (UNODC–WCO–INTERPOL)', fr: 'Projet AIRCOP (ONUDC/OMD/INTERPOL)' },
  ccp: { en: 'Container Control Programme (UNODC–WCO)', fr: 'Programme de contrôle des conteneurs (ONUDC-OMD)' },
  wco: { en: 'WCO operation', fr: 'Opération de l’OMD' },
  interpol: { en: 'INTERPOL operation', fr: 'Opération d’INTERPOL' },
  regional: { en: 'Regional operation', fr: 'Opération régionale' },
  national: { en: 'National operation', fr: 'Opération nationale' },
};

export const LEAD_LABELS: Record<Lead, Localized> = {
  wco: { en: 'WCO', fr: 'OMD' },
  interpol: { en: 'INTERPOL', fr: 'INTERPOL' },
  unodc: { en: 'UNODC', fr: 'ONUDC' },
  national: { en: 'National authorities', fr: 'Autorités nationales' },
  other: { en: 'Other', fr: 'Autre' },
};

/** French: the handbook's own words (section V), without the article; English: their translation. */
export const ACTIVITY_LABELS: Record<Activity, Localized> = {
  risk_targeting: { en: 'Risk analysis and targeting', fr: 'analyse et ciblage des risques' },
  interception: { en: 'Interceptions', fr: 'interceptions' },
  investigation: { en: 'Investigations', fr: 'enquêtes' },
  operational: { en: 'Operational activities', fr: 'activités opérationnelles' },
  controlled_delivery: { en: 'Controlled deliveries', fr: 'opérations de livraison contrôlée' },
};

/** CAAT and UCP are the handbook's French names (section VI) for AIRCOP's and the CCP's units. */
export const UNIT_TYPE_LABELS: Record<UnitType, Localized> = {
  airport_task_force: {
    en: 'Joint airport interdiction task force (JAITF)',
    fr: 'Cellule aéroportuaire anti-trafics (CAAT)',
  },
  port_control_unit: { en: 'Port control unit (PCU)', fr: 'Unité de contrôle portuaire (UCP)' },
  customs: { en: 'Customs', fr: 'Douane' },
  police: { en: 'Police', fr: 'Police' },
  joint_team: { en: 'Joint customs–police team', fr: 'Équipe conjointe douane–police' },
  other: { en: 'Other', fr: 'Autre' },
};

/** The database names as the handbook gives them in section VIII. */
export const CHECK_DATABASE_LABELS: Record<CheckDatabase, Localized> = {
  sltd: { en: 'Stolen and Lost Travel Documents (SLTD)', fr: 'Documents de voyage volés et perdus (SLTD)' },
  smv: { en: 'Stolen Motor Vehicles (SMV)', fr: 'Véhicules volés (SMV)' },
  nominal: { en: 'Nominal data', fr: 'Données nominatives' },
  notices: { en: 'Notices', fr: 'Notices' },
};

export const COMMODITY_LABELS: Record<Commodity, Localized> = {
  cocaine: { en: 'Cocaine', fr: 'Cocaïne' },
  cannabis: { en: 'Cannabis', fr: 'Cannabis' },
  heroin: { en: 'Heroin', fr: 'Héroïne' },
  synthetic_drugs: { en: 'Synthetic drugs', fr: 'Drogues de synthèse' },
  precursors: { en: 'Precursors', fr: 'Précurseurs' },
  counterfeit_goods: { en: 'Counterfeit goods', fr: 'Contrefaçons' },
  medicines: { en: 'Medicines', fr: 'Médicaments' },
  tobacco: { en: 'Tobacco', fr: 'Tabac' },
  alcohol: { en: 'Alcohol', fr: 'Alcool' },
  wildlife: { en: 'Wildlife', fr: 'Espèces sauvages' },
  timber: { en: 'Timber', fr: 'Bois' },
  cultural_goods: { en: 'Cultural goods', fr: 'Biens culturels' },
  weapons: { en: 'Weapons', fr: 'Armes' },
  ammunition: { en: 'Ammunition', fr: 'Munitions' },
  explosives: { en: 'Explosives', fr: 'Explosifs' },
  currency: { en: 'Currency', fr: 'Espèces (devises)' },
  hazardous_waste: { en: 'Hazardous waste', fr: 'Déchets dangereux' },
  other: { en: 'Other', fr: 'Autre' },
};

export const SEIZURE_UNIT_LABELS: Record<SeizureUnit, Localized> = {
  kg: { en: 'kg', fr: 'kg' },
  l: { en: 'litres', fr: 'litres' },
  pieces: { en: 'pieces', fr: 'pièces' },
  heads: { en: 'heads', fr: 'têtes' },
  usd: { en: 'USD', fr: 'USD' },
  eur: { en: 'EUR', fr: 'EUR' },
};

export const OUTCOME_METRICS = ['seizureCases', 'arrests', 'hitRate', 'controlledDeliveries'] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];
