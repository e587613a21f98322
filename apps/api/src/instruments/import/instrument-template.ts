import {
  AGENCIES,
  AGREEMENT_SCOPES,
  AGREEMENT_TYPES,
  COMMITTEE_LEVELS,
  csvDocument,
  IMPORT_COMMENT_MARK,
  instrumentCells,
  instrumentImportHeader,
  INTERPOL_DATABASES,
  JOINT_UNIT_TYPES,
  LIAISON_DIRECTIONS,
  NATURAL_KEY_FIELDS,
  plainSheet,
  TRAINING_SUPPORTERS,
  type CreateInstrumentRequest,
  type ImportFormat,
  type InstrumentKind,
  type WorkbookSheet,
} from '@cpc/domain';
import { XLSX_TYPE, xlsxFile } from '../../exports/xlsx/xlsx-writer.js';

const COMMON = { country: 'SEN', to: null } as const;

/** One example per kind, written as the template's second row (skipped on import: its first cell starts with #). */
const EXAMPLES: Record<InstrumentKind, CreateInstrumentRequest> = {
  agreement: {
    ...COMMON,
    kind: 'agreement',
    title: 'Protocole d’accord douane-police',
    from: '2021-03-04',
    agreementType: 'mou',
    parties: ['customs', 'police'],
    scope: ['information_exchange', 'risk_targeting'],
  },
  committee: {
    ...COMMON,
    kind: 'committee',
    title: 'Comité national de coordination',
    from: '2019-06-01',
    level: 'national',
    agencies: ['customs', 'police', 'gendarmerie'],
    meetings: [{ date: '2024-03-01', notes: 'annual plan' }, { date: '2024-09-12' }],
  },
  liaison_officer: {
    ...COMMON,
    kind: 'liaison_officer',
    title: 'Customs officer at the airport police unit',
    from: '2022-01-10',
    direction: 'customs_in_police',
    host: 'Police de l’air et des frontières, Dakar',
    officers: 2,
  },
  training: {
    ...COMMON,
    kind: 'training',
    title: 'Joint profiling course',
    from: '2023-05-15',
    to: '2023-05-19',
    topic: 'passenger profiling',
    agencies: ['customs', 'police'],
    participants: { customs: 12, police: 10, other: 2 },
    supportedBy: ['unodc'],
    days: 5,
  },
  joint_unit: {
    ...COMMON,
    kind: 'joint_unit',
    title: 'CAAT Dakar',
    from: '2018-02-01',
    unitType: 'aircop_jaitf',
    site: 'DSS',
    agencies: ['customs', 'police', 'gendarmerie'],
    staff: 14,
  },
  interpol_access: {
    ...COMMON,
    kind: 'interpol_access',
    title: 'INTERPOL access 2024',
    from: '2024-01-01',
    to: '2024-12-31',
    year: 2024,
    i247AtHq: true,
    borderPointsConnected: 3,
    databases: ['sltd', 'nominal', 'notices'],
  },
};

/** The coded columns of each kind and what they accept. */
const CODES: Record<InstrumentKind, [string, readonly string[]][]> = {
  agreement: [
    ['agreement_type', AGREEMENT_TYPES],
    ['parties (;-separated, at least 2)', AGENCIES],
    ['scope (;-separated)', AGREEMENT_SCOPES],
  ],
  committee: [
    ['level', COMMITTEE_LEVELS],
    ['agencies (;-separated, at least 2)', AGENCIES],
    ['chair', AGENCIES],
    ['meetings', ['YYYY-MM-DD: notes; YYYY-MM-DD (write \\; for a ; inside notes)']],
  ],
  liaison_officer: [['direction', LIAISON_DIRECTIONS]],
  training: [
    ['agencies (;-separated)', AGENCIES],
    ['supported_by (;-separated)', TRAINING_SUPPORTERS],
  ],
  joint_unit: [
    ['unit_type', JOINT_UNIT_TYPES],
    ['agencies (;-separated, at least 2)', AGENCIES],
  ],
  interpol_access: [
    ['i247_at_hq', ['yes', 'no']],
    ['databases (;-separated)', INTERPOL_DATABASES],
  ],
};

export interface TemplateFile {
  buffer: Buffer;
  contentType: string;
  filename: string;
}

export function instrumentTemplateFileName(kind: InstrumentKind, format: ImportFormat): string {
  return `cpc-instruments-${kind.replace(/_/g, '-')}-template.${format}`;
}

function exampleCells(kind: InstrumentKind): string[] {
  const cells = instrumentCells(EXAMPLES[kind]).map((c) => (c === null ? '' : String(c)));
  cells[0] = `${IMPORT_COMMENT_MARK} example, ignored: ${cells[0] ?? ''}`;
  return cells;
}

export async function buildInstrumentTemplate(kind: InstrumentKind, format: ImportFormat): Promise<TemplateFile> {
  const filename = instrumentTemplateFileName(kind, format);
  const header = instrumentImportHeader(kind);
  if (format === 'csv')
    return {
      buffer: Buffer.from(csvDocument({ columns: header, rows: [exampleCells(kind)] }, true), 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      filename,
    };
  const sheet: WorkbookSheet = {
    ...plainSheet(kind, [
      { cells: header, style: 'header' },
      { cells: exampleCells(kind), style: 'example' },
    ]),
    widths: header.map((name) => Math.max(12, name.length + 4)),
    frozen: { rows: 1, columns: 0 },
  };
  return { buffer: await xlsxFile([sheet, codesSheet(kind)]), contentType: XLSX_TYPE, filename };
}

function notes(kind: InstrumentKind): string[] {
  return [
    `One row per ${kind}. Dates YYYY-MM-DD; "to" empty while in force or ongoing. Lists of codes separated by ";". ` +
      `Rows whose first cell starts with # are ignored. Re-importing a file changes nothing: a row updates the record ` +
      `with the same ${NATURAL_KEY_FIELDS[kind].join(', ')}.`,
    `Une ligne par instrument. Dates AAAA-MM-JJ ; "to" vide tant qu’il est en vigueur. Listes de codes séparés par ";". ` +
      `Les lignes dont la première cellule commence par # sont ignorées. Réimporter un fichier ne change rien.`,
  ];
}

function codesSheet(kind: InstrumentKind): WorkbookSheet {
  return {
    ...plainSheet('codes', [
      { cells: ['column', 'values'], style: 'header' },
      ...CODES[kind].map(([column, values]) => ({ cells: [column, values.join(', ')], style: 'plain' as const })),
      { cells: [], style: 'plain' },
      ...notes(kind).map((note) => ({ cells: [note], style: 'plain' as const })),
    ]),
    widths: [40, 120],
  };
}
