import {
  importTemplateFileName,
  ACTIVITIES,
  COMMODITIES,
  IMPORT_COMMENT_MARK,
  LEADS,
  OPERATIONS_FILE_COLUMNS,
  PROGRAMMES,
  SEIZURE_UNITS,
  UNIT_TYPES,
  csvDocument,
  plainSheet,
  type ImportFormat,
  type WorkbookSheet,
} from '@cpc/domain';
import { XLSX_TYPE, xlsxFile } from '../exports/xlsx/xlsx-writer.js';

/** Two example rows of one result (a commodity in two units), skipped on import: the first cell starts with #. */
const EXAMPLE_ROWS: Record<string, string>[] = [
  { commodity: 'cocaine', cases: '3', quantity: '12.5', unit: 'kg' },
  { commodity: 'currency', cases: '1', quantity: '48000', unit: 'usd' },
].map((seizure) => ({
  operation_code: `${IMPORT_COMMENT_MARK} example, ignored: COCAIR-VII`,
  operation_name: 'Cocair VII',
  programme: 'aircop',
  lead: 'unodc',
  activities: 'risk_targeting;interception',
  start_date: '2024-11-04',
  end_date: '2025-01-10',
  country: 'SEN',
  unit_type: 'airport_task_force',
  unit_name: 'CAAT Dakar',
  // Empty: the example imports into any database; a site names a joint unit of the register.
  unit_site: '',
  arrests: '4',
  investigations_opened: '2',
  controlled_deliveries: '0',
  persons_checked: '1250',
  sltd_queries: '1250',
  sltd_hits: '3',
  smv_queries: '',
  smv_hits: '',
  nominal_queries: '800',
  nominal_hits: '5',
  notices_queries: '800',
  notices_hits: '1',
  ...seizure,
}));

/** What the coded columns accept, shown on the template's second sheet. */
const CODES: [string, readonly string[]][] = [
  ['programme', PROGRAMMES],
  ['lead', LEADS],
  ['activities (;-separated)', ACTIVITIES],
  ['unit_type', UNIT_TYPES],
  ['unit_site (optional)', ['the site code (IATA, UN/LOCODE) or name of a joint unit of the register']],
  ['commodity (empty: a result without seizures)', COMMODITIES],
  ['unit', SEIZURE_UNITS],
];

export async function buildOperationsTemplate(
  format: ImportFormat,
): Promise<{ buffer: Buffer; contentType: string; filename: string }> {
  return format === 'xlsx'
    ? { buffer: await xlsxTemplate(), contentType: XLSX_TYPE, filename: importTemplateFileName('operations', 'xlsx') }
    : {
        buffer: csvTemplate(),
        contentType: 'text/csv; charset=utf-8',
        filename: importTemplateFileName('operations', 'csv'),
      };
}

function exampleCells(): string[][] {
  return EXAMPLE_ROWS.map((row) => OPERATIONS_FILE_COLUMNS.map((column) => row[column] ?? ''));
}

function csvTemplate(): Buffer {
  return Buffer.from(csvDocument({ columns: [...OPERATIONS_FILE_COLUMNS], rows: exampleCells() }, true), 'utf8');
}

function xlsxTemplate(): Promise<Buffer> {
  return xlsxFile([operationsSheet(), codesSheet()]);
}

function operationsSheet(): WorkbookSheet {
  return {
    ...plainSheet('operations', [
      { cells: [...OPERATIONS_FILE_COLUMNS], style: 'header' },
      ...exampleCells().map((cells) => ({ cells, style: 'example' as const })),
    ]),
    widths: OPERATIONS_FILE_COLUMNS.map((name) => Math.max(12, name.length + 4)),
    frozen: { rows: 1, columns: 0 },
  };
}

const CODES_NOTES = [
  'One row per operation × country × commodity. Operation and result columns repeat on each row and must agree. Dates YYYY-MM-DD; counts whole numbers; quantities with a dot for decimals, whole numbers in pieces and heads. unit_site names the country’s joint unit of the register in force on the end date (empty: the result keeps its unit, if any). Re-importing a file changes nothing; the operation code and the country are the keys.',
  'Une ligne par opération × pays × marchandise. Les colonnes de l’opération et du résultat se répètent sur chaque ligne et doivent concorder. Dates AAAA-MM-JJ ; nombres entiers ; quantités avec un point décimal, entières en pièces et en têtes. unit_site nomme l’unité conjointe du registre du pays en vigueur à la date de fin (vide : le résultat garde son unité, s’il en a une). Réimporter un fichier ne change rien ; le code de l’opération et le pays sont les clés.',
];

/** What the coded columns accept, then how the file is read, EN and FR. */
function codesSheet(): WorkbookSheet {
  return {
    ...plainSheet('codes', [
      { cells: ['column', 'values'], style: 'header' },
      ...CODES.map(([column, values]) => ({ cells: [column, values.join(', ')], style: 'plain' as const })),
      { cells: [], style: 'plain' },
      ...CODES_NOTES.map((note) => ({ cells: [note], style: 'plain' as const })),
    ]),
    widths: [44, 120],
  };
}
