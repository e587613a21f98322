import type { InstrumentKind } from './vocabularies.js';
import {
  backedAgreementClaims,
  inForceDuring,
  LIAISON_CLAIMS,
  TRAINING_LOOKBACK_YEARS,
  type RegisterEntry,
} from './register-checks.js';

/** The items the register speaks to, in the questionnaire's order. */
export const REGISTER_ITEMS = ['A.1', 'A.3.2', 'A.4.2', 'A.14.1', 'A.15.1', 'A.16.1'] as const;
export type RegisterItemCode = (typeof REGISTER_ITEMS)[number];

/** An instrument the register holds for an item, as the questionnaire shows it beside the item. */
export interface RegisterItemInstrument {
  id: string;
  kind: InstrumentKind;
  title: string;
  from: string;
  to: string | null;
}

/** What the register says for one questionnaire item in one year. */
export interface RegisterItemSummary {
  code: RegisterItemCode;
  /** The item's option codes the register backs (an answer outside them is checked by registerChecks). */
  supported: string[];
  /** The instruments behind them. */
  instruments: RegisterItemInstrument[];
}

const listed = (e: RegisterEntry): RegisterItemInstrument => ({
  id: e.id,
  kind: e.details.kind,
  title: e.title,
  from: e.from,
  to: e.to,
});

function agreementOptions(agreements: readonly RegisterEntry[], basis: boolean): string[] {
  const types = new Set(agreements.flatMap((e) => (e.details.kind === 'agreement' ? [e.details.agreementType] : [])));
  // A.3.2 and A.4.2 offer an MoU and legislation only (BASIS_OPTIONS); A.1 also an MoA.
  return backedAgreementClaims(types).filter((c) => !basis || c !== 'moa');
}

/**
 * Item by item, what the country's register says for `year`: the agreements and committees in force (A.1),
 * the agreements (A.3.2, A.4.2), the liaison officers deployed (A.14.1), the training held in the year or the
 * two before (A.15.1, A.16.1). The same rules as registerChecks.
 */
export function registerSummary(year: number, entries: readonly RegisterEntry[]): RegisterItemSummary[] {
  const inForce = (kind: InstrumentKind) => entries.filter((e) => e.details.kind === kind && inForceDuring(e, year));
  const agreements = inForce('agreement');
  const committees = inForce('committee');
  const liaison = inForce('liaison_officer');
  const training = entries.filter((e) => {
    const held = Number(e.from.slice(0, 4));
    return e.details.kind === 'training' && held >= year - TRAINING_LOOKBACK_YEARS && held <= year;
  });
  const a1 = [...agreementOptions(agreements, false), ...(committees.length > 0 ? ['joint_committee'] : [])];
  const basis = { supported: agreementOptions(agreements, true), instruments: agreements.map(listed) };
  const trained = { supported: training.length > 0 ? ['yes'] : [], instruments: training.map(listed) };
  return [
    { code: 'A.1', supported: a1, instruments: [...agreements, ...committees].map(listed) },
    { code: 'A.3.2', ...basis },
    { code: 'A.4.2', ...basis },
    { code: 'A.14.1', supported: liaison.length > 0 ? [...LIAISON_CLAIMS] : [], instruments: liaison.map(listed) },
    { code: 'A.15.1', ...trained },
    { code: 'A.16.1', ...trained },
  ];
}
