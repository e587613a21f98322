import {
  importTemplateFileName,
  csvDocument,
  INSTRUMENT_ITEMS,
  IMPORT_STATUSES,
  importCodebook,
  importExampleRow,
  importHeader,
  plainSheet,
  type ImportFormat,
  type SheetChoices,
  type SheetRow,
  type WorkbookSheet,
} from '@cpc/domain';
import { XLSX_TYPE, xlsxFile } from '../../exports/xlsx/xlsx-writer.js';

export interface TemplateFile {
  buffer: Buffer;
  contentType: string;
  filename: string;
}

/** Rows of the template sheet that offer the option codes in a drop-down list. */
const DROPDOWN_ROWS = 500;

export async function buildTemplate(format: ImportFormat): Promise<TemplateFile> {
  return format === 'xlsx'
    ? { buffer: await xlsxTemplate(), contentType: XLSX_TYPE, filename: importTemplateFileName('assessments', 'xlsx') }
    : {
        buffer: csvTemplate(),
        contentType: 'text/csv; charset=utf-8',
        filename: importTemplateFileName('assessments', 'csv'),
      };
}

/** Header and the example row (skipped on import: its first cell starts with #). A BOM so Excel reads UTF-8. */
function csvTemplate(): Buffer {
  return Buffer.from(csvDocument({ columns: importHeader(), rows: [importExampleRow()] }, true), 'utf8');
}

/** Sheet 1: header, example row and drop-down lists of codes; sheet 2: what every column holds, EN and FR. */
function xlsxTemplate(): Promise<Buffer> {
  return xlsxFile([assessmentsSheet(), codebookSheet()]);
}

function assessmentsSheet(): WorkbookSheet {
  const header = importHeader();
  const rows: SheetRow[] = [
    { cells: header, style: 'header' },
    { cells: importExampleRow(), style: 'example' },
  ];
  return {
    ...plainSheet('assessments', rows),
    widths: header.map((name) => (name.startsWith('comment:') ? 24 : Math.max(12, name.length + 4))),
    frozen: { rows: 1, columns: 3 },
    choices: choicesOf(header),
    choiceRows: DROPDOWN_ROWS,
  };
}

/** The coded columns: status, and every item answered with option codes or a level. */
function choicesOf(header: string[]): SheetChoices[] {
  const choices = new Map<string, string[]>([['status', [...IMPORT_STATUSES]]]);
  for (const item of INSTRUMENT_ITEMS) {
    if (item.type === 'tri' || item.type === 'choice' || item.type === 'yesno')
      choices.set(
        item.code,
        item.options.map((o) => o.code),
      );
    if (item.type === 'level') choices.set(item.code, ['1', '2', '3', '4', '5']);
  }
  return [...choices].map(([column, codes]) => ({ column: header.indexOf(column), codes }));
}

const CODEBOOK_COLUMNS: [string, number][] = [
  ['column', 16],
  ['values (EN)', 50],
  ['valeurs (FR)', 50],
  ['applies (EN)', 28],
  ['s’applique (FR)', 28],
  ['question (EN)', 60],
  ['question (FR)', 60],
  ['options (EN)', 40],
  ['options (FR)', 40],
];

const CODEBOOK_NOTES = [
  'Rows whose first cell starts with # are ignored (the example row). One row per country and year; every row must be a complete answer set. Existing country-years are replaced.',
  'Les lignes dont la première cellule commence par # sont ignorées (la ligne d’exemple). Une ligne par pays et par année ; chaque ligne doit être un jeu de réponses complet. Les pays-années existants sont remplacés.',
];

function codebookSheet(): WorkbookSheet {
  const entries: SheetRow[] = importCodebook().map((entry) => ({
    cells: [
      entry.column,
      entry.values.en,
      entry.values.fr,
      entry.applies.en,
      entry.applies.fr,
      entry.question.en,
      entry.question.fr,
      entry.options.en,
      entry.options.fr,
    ],
    style: 'entry',
  }));
  return {
    ...plainSheet('codes', [
      { cells: CODEBOOK_COLUMNS.map(([name]) => name), style: 'header' },
      ...entries,
      { cells: [], style: 'plain' },
      ...CODEBOOK_NOTES.map((note) => ({ cells: [note], style: 'plain' as const })),
    ]),
    widths: CODEBOOK_COLUMNS.map(([, width]) => width),
  };
}
