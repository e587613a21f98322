import {
  AGENCIES,
  AGREEMENT_SCOPES,
  AGREEMENT_TYPES,
  COMMITTEE_LEVELS,
  INTERPOL_DATABASES,
  JOINT_UNIT_TYPES,
  LIAISON_DIRECTIONS,
  TRAINING_SUPPORTERS,
} from '@cpc/domain';
import type { MessageKey } from '../i18n/en';
import type { SelectOption } from '../ui/SelectField';

/** Each vocabulary of the register with the prefix of its codes' dictionary keys (`instAgency_customs`). */
export const VOCABULARIES = {
  agreementType: { codes: AGREEMENT_TYPES, prefix: 'instAgreement' },
  agency: { codes: AGENCIES, prefix: 'instAgency' },
  scope: { codes: AGREEMENT_SCOPES, prefix: 'instScope' },
  level: { codes: COMMITTEE_LEVELS, prefix: 'instLevel' },
  direction: { codes: LIAISON_DIRECTIONS, prefix: 'instDirection' },
  supporter: { codes: TRAINING_SUPPORTERS, prefix: 'instSupporter' },
  unitType: { codes: JOINT_UNIT_TYPES, prefix: 'instUnit' },
  database: { codes: INTERPOL_DATABASES, prefix: 'instDb' },
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;
/** The dictionary key of a code (a unit test checks every code has one in every language). */
export const vocabularyKey = (vocabulary: Vocabulary, code: string): MessageKey =>
  `${VOCABULARIES[vocabulary].prefix}_${code}` as MessageKey;

/** Every code of a vocabulary as the options of a list or of checkboxes, in the vocabulary's order. */
export function vocabularyOptions(vocabulary: Vocabulary, t: (key: MessageKey) => string): SelectOption[] {
  const codes: readonly string[] = VOCABULARIES[vocabulary].codes;
  return codes.map((code) => ({ value: code, label: t(vocabularyKey(vocabulary, code)) }));
}

/** A code's label, or the code itself if the vocabulary does not know it (a newer API). */
export function vocabularyLabel(vocabulary: Vocabulary, code: string, t: (key: MessageKey) => string): string {
  const codes: readonly string[] = VOCABULARIES[vocabulary].codes;
  return codes.includes(code) ? t(vocabularyKey(vocabulary, code)) : code;
}
