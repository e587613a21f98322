import type { Localized } from '../i18n.js';
import { COMMENT_MAX_LENGTH, INSTRUMENT_ITEMS, TEXT_MAX_LENGTH } from '../instrument/items.js';
import type { AppliesRule, InstrumentItem } from '../instrument/types.js';
import type { Answers, Comments } from '../methodology/answers.js';
import { WORKED_EXAMPLE_ANSWERS } from '../methodology/worked-example.js';
import {
  COMMENT_COLUMN_PREFIX,
  IMPORT_COMMENT_MARK,
  IMPORT_STATUSES,
  MULTI_SEPARATOR,
  importHeader,
} from './columns.js';
import { formatImportCell } from './parse-row.js';

/** The worked example of docs/methodology.md, shown in the template as a row to copy. */
// The worked example of docs/methodology.md, with an English A.5.2.
const EXAMPLE_ANSWERS: Answers = { ...WORKED_EXAMPLE_ANSWERS, 'A.5.2': 'Weapons are a police matter only.' };
const EXAMPLE_COMMENTS: Comments = { 'A.1': 'MoU signed in 2019; the committee meets every quarter.' };

/**
 * The template's example row, aligned with `importHeader()`. Its first cell starts with `#`, so the row is
 * skipped on import; replace that cell with a country code (e.g. FRA) to use the row.
 */
export function importExampleRow(): string[] {
  return importHeader().map((column) => {
    if (column === 'country') return `${IMPORT_COMMENT_MARK} example, ignored: FRA`;
    if (column === 'year') return '2024';
    if (column === 'status') return 'submitted';
    if (column.startsWith(COMMENT_COLUMN_PREFIX))
      return EXAMPLE_COMMENTS[column.slice(COMMENT_COLUMN_PREFIX.length)] ?? '';
    return formatImportCell(EXAMPLE_ANSWERS[column]);
  });
}

/** One line of the template's explanation sheet: what a column holds, in English and French. */
export interface CodebookEntry {
  column: string;
  values: Localized;
  applies: Localized;
  question: Localized;
  options: Localized;
}

const ALWAYS: Localized = { en: 'always', fr: 'toujours' };

/** What each column of an import file holds, with the items' questions and option codes, in EN and FR. */
export function importCodebook(): CodebookEntry[] {
  const none: Localized = { en: '', fr: '' };
  return [
    {
      column: 'country',
      values: { en: 'ISO 3166-1 alpha-3 code, e.g. FRA', fr: 'Code ISO 3166-1 alpha-3, p. ex. FRA' },
      applies: ALWAYS,
      question: none,
      options: none,
    },
    {
      column: 'year',
      values: { en: 'Year of the assessment, 1990 to next year', fr: 'Année de l’évaluation, de 1990 à l’an prochain' },
      applies: ALWAYS,
      question: none,
      options: none,
    },
    {
      column: 'status',
      values: { en: IMPORT_STATUSES.join(' or '), fr: IMPORT_STATUSES.join(' ou ') },
      applies: ALWAYS,
      question: none,
      options: none,
    },
    ...INSTRUMENT_ITEMS.map(itemEntry),
    {
      column: `${COMMENT_COLUMN_PREFIX}<code>`,
      values: {
        en: `Optional comment on the item, at most ${COMMENT_MAX_LENGTH} characters`,
        fr: `Commentaire facultatif sur la question, ${COMMENT_MAX_LENGTH} caractères au plus`,
      },
      applies: ALWAYS,
      question: none,
      options: none,
    },
  ];
}

function itemEntry(item: InstrumentItem): CodebookEntry {
  return {
    column: item.code,
    values: valuesOf(item),
    applies: appliesOf(item.applies),
    question: item.question,
    options: {
      en: item.options.map((o) => `${o.code} = ${o.label.en}`).join('\n'),
      fr: item.options.map((o) => `${o.code} = ${o.label.fr}`).join('\n'),
    },
  };
}

function valuesOf(item: InstrumentItem): Localized {
  const codes = item.options.map((o) => o.code).join(', ');
  switch (item.type) {
    case 'multi':
      return {
        en: `Option codes separated by "${MULTI_SEPARATOR}" (an empty cell selects none): ${codes}`,
        fr: `Codes séparés par « ${MULTI_SEPARATOR} » (cellule vide : aucun choix) : ${codes}`,
      };
    case 'tri':
    case 'choice':
    case 'yesno':
      return { en: `One option code: ${codes}`, fr: `Un code : ${codes}` };
    case 'text':
      return {
        en: `Optional free text, at most ${TEXT_MAX_LENGTH} characters; leave empty where it does not apply`,
        fr: `Texte libre facultatif, ${TEXT_MAX_LENGTH} caractères au plus ; vide s’il ne s’applique pas`,
      };
    case 'level':
      return { en: 'An integer level from 1 to 5', fr: 'Un niveau entier de 1 à 5' };
  }
}

function appliesOf(rule: AppliesRule): Localized {
  switch (rule.kind) {
    case 'always':
      return ALWAYS;
    case 'equals':
      return { en: `only when ${rule.item} = ${rule.value}`, fr: `seulement si ${rule.item} = ${rule.value}` };
    case 'not_equals':
      return { en: `only when ${rule.item} ≠ ${rule.value}`, fr: `seulement si ${rule.item} ≠ ${rule.value}` };
    case 'fewer_selected_than':
      return {
        en: `only when fewer than ${rule.count} are selected in ${rule.item}`,
        fr: `seulement si moins de ${rule.count} choix en ${rule.item}`,
      };
  }
}
