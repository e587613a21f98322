import type { Answers, AnswerValue } from '../methodology/answers.js';
import type { InstrumentDetails } from '../schemas/instruments.js';
import type { AgreementType, InstrumentKind } from './vocabularies.js';

/** One instrument of the register as the checks read it: its dates and its kind-specific fields. */
export interface RegisterEntry {
  id: string;
  title: string;
  /** ISO date. */
  from: string;
  /** ISO date, or null while in force. */
  to: string | null;
  details: InstrumentDetails;
}

/** Why an answer contradicts the register: what a client translates, with `params`. */
export const REGISTER_CHECK_REASONS = [
  'no_agreement_in_force',
  'no_committee_in_force',
  'no_liaison_deployed',
  'no_recent_training',
] as const;
export type RegisterCheckReason = (typeof REGISTER_CHECK_REASONS)[number];

export interface RegisterCheckResult {
  /** The item code. */
  code: string;
  severity: 'warning' | 'info';
  /** English, for API users. */
  message: string;
  reason: RegisterCheckReason;
  params: Record<string, string | number>;
}

/** How many years before the assessment's a training record still backs A.15.1/A.16.1 (and the year itself). */
export const TRAINING_LOOKBACK_YEARS = 2;

/** The liaison options of A.14.1 that claim officers (or a virtual task force) were deployed. */
export const LIAISON_CLAIMS = ['one_way', 'both_ways', 'virtual_task_force'] as const;

/** In force during `year`: from on or before its 31 December, to (if any) on or after its 1 January. */
export function inForceDuring(entry: Pick<RegisterEntry, 'from' | 'to'>, year: number): boolean {
  return entry.from <= `${year}-12-31` && (entry.to === null || entry.to >= `${year}-01-01`);
}

/** Which agreement types back a claimed arrangement: an MoA backs an MoU claim, a decree backs legislation. */
const BACKING_TYPES: Record<'mou' | 'moa' | 'legislation', readonly AgreementType[]> = {
  mou: ['mou', 'moa'],
  moa: ['moa'],
  legislation: ['legislation', 'decree'],
};
export type ClaimedAgreement = keyof typeof BACKING_TYPES;

const CLAIM_NAMES: Record<ClaimedAgreement, string> = {
  mou: 'a memorandum of understanding',
  moa: 'a memorandum of agreement',
  legislation: 'legislation',
};

/** The claims of an agreement option (A.1: mou, moa, legislation) that the agreement types in force back. */
export function backedAgreementClaims(types: ReadonlySet<AgreementType>): ClaimedAgreement[] {
  return (Object.keys(BACKING_TYPES) as ClaimedAgreement[]).filter((c) => BACKING_TYPES[c].some((t) => types.has(t)));
}

function optionsOf(value: AnswerValue | undefined): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

function ofKind<K extends InstrumentKind>(entries: readonly RegisterEntry[], kind: K, year: number) {
  return entries.filter(
    (e): e is RegisterEntry & { details: Extract<InstrumentDetails, { kind: K }> } =>
      e.details.kind === kind && inForceDuring(e, year),
  );
}

/** The agreement types in force during the year. */
function agreementTypesInForce(entries: readonly RegisterEntry[], year: number): Set<AgreementType> {
  return new Set(ofKind(entries, 'agreement', year).map((e) => e.details.agreementType));
}

/** Whether a training was held (started) in the year or the lookback years before it. */
function trainedRecently(entries: readonly RegisterEntry[], year: number): boolean {
  return entries.some((e) => {
    if (e.details.kind !== 'training') return false;
    const held = Number(e.from.slice(0, 4));
    return held >= year - TRAINING_LOOKBACK_YEARS && held <= year;
  });
}

function agreementChecks(code: string, answers: Answers, types: Set<AgreementType>, year: number) {
  return optionsOf(answers[code])
    .filter((o): o is ClaimedAgreement => o in BACKING_TYPES)
    .filter((claimed) => !BACKING_TYPES[claimed].some((t) => types.has(t)))
    .map((claimed): RegisterCheckResult => ({
      code,
      severity: 'warning',
      message: `${code} claims ${CLAIM_NAMES[claimed]}, but the register has no such agreement in force in ${year}`,
      reason: 'no_agreement_in_force',
      params: { claimed, year },
    }));
}

function committeeCheck(answers: Answers, entries: readonly RegisterEntry[], year: number): RegisterCheckResult[] {
  if (!optionsOf(answers['A.1']).includes('joint_committee')) return [];
  if (ofKind(entries, 'committee', year).length > 0) return [];
  const message = `A.1 claims a joint committee, but the register has no committee in force in ${year}`;
  return [{ code: 'A.1', severity: 'warning', message, reason: 'no_committee_in_force', params: { year } }];
}

function liaisonCheck(answers: Answers, entries: readonly RegisterEntry[], year: number): RegisterCheckResult[] {
  const claimed = optionsOf(answers['A.14.1']).find((o) => (LIAISON_CLAIMS as readonly string[]).includes(o));
  if (claimed === undefined || ofKind(entries, 'liaison_officer', year).length > 0) return [];
  const message = `A.14.1 claims liaison officers (${claimed}), but the register has none deployed in ${year}`;
  return [{ code: 'A.14.1', severity: 'warning', message, reason: 'no_liaison_deployed', params: { claimed, year } }];
}

function trainingChecks(answers: Answers, entries: readonly RegisterEntry[], year: number): RegisterCheckResult[] {
  if (trainedRecently(entries, year)) return [];
  const first = year - TRAINING_LOOKBACK_YEARS;
  return ['A.15.1', 'A.16.1']
    .filter((code) => optionsOf(answers[code]).includes('yes'))
    .map((code) => ({
      code,
      severity: 'warning',
      message: `${code} claims training, but the register has no training held in ${first}–${year}`,
      reason: 'no_recent_training',
      params: { from: first, to: year },
    }));
}

/**
 * Where an assessment's answers contradict the country's register in force during the assessment's year,
 * in the questionnaire's order: A.1 (agreements, then the committee), A.3.2, A.4.2, A.14.1, A.15.1, A.16.1.
 */
export function registerChecks(
  answers: Answers,
  year: number,
  entries: readonly RegisterEntry[],
): RegisterCheckResult[] {
  const types = agreementTypesInForce(entries, year);
  return [
    ...agreementChecks('A.1', answers, types, year),
    ...committeeCheck(answers, entries, year),
    ...agreementChecks('A.3.2', answers, types, year),
    ...agreementChecks('A.4.2', answers, types, year),
    ...liaisonCheck(answers, entries, year),
    ...trainingChecks(answers, entries, year),
  ];
}
