import type { ExportCell } from '../exports/cells.js';
import type { CreateInstrumentRequest } from '../schemas/instruments.js';
import type { InstrumentKind } from './vocabularies.js';

/**
 * How a cell holds a field: text, a `;`-separated list of codes, a whole number, yes/no, a date, `to` (empty
 * while in force), or committee meetings (`YYYY-MM-DD: notes; YYYY-MM-DD`).
 */
export type CellCodec = 'text' | 'list' | 'count' | 'boolean' | 'date' | 'to' | 'meetings';

export interface LayoutColumn {
  /** The header cell. */
  column: string;
  /** The request field it fills, dotted for a nested one (`participants.customs`). */
  field: string;
  codec: CellCodec;
  /** An optional column may be left out of the file, and its cells empty. */
  optional?: boolean;
}

/** Separates the codes of a list, and the meetings of a committee, within one cell. */
export const INSTRUMENT_LIST_SEPARATOR = ';';

const COMMON_COLUMNS: LayoutColumn[] = [
  { column: 'country', field: 'country', codec: 'text' },
  { column: 'title', field: 'title', codec: 'text' },
  { column: 'from', field: 'from', codec: 'date' },
  { column: 'to', field: 'to', codec: 'to', optional: true },
  { column: 'notes', field: 'notes', codec: 'text', optional: true },
];

const KIND_COLUMNS: Record<InstrumentKind, LayoutColumn[]> = {
  agreement: [
    { column: 'agreement_type', field: 'agreementType', codec: 'text' },
    { column: 'parties', field: 'parties', codec: 'list' },
    { column: 'scope', field: 'scope', codec: 'list' },
    { column: 'reference', field: 'reference', codec: 'text', optional: true },
  ],
  committee: [
    { column: 'level', field: 'level', codec: 'text' },
    { column: 'agencies', field: 'agencies', codec: 'list' },
    { column: 'chair', field: 'chair', codec: 'text', optional: true },
    { column: 'meetings', field: 'meetings', codec: 'meetings', optional: true },
  ],
  liaison_officer: [
    { column: 'direction', field: 'direction', codec: 'text' },
    { column: 'host', field: 'host', codec: 'text' },
    { column: 'officers', field: 'officers', codec: 'count' },
  ],
  training: [
    { column: 'topic', field: 'topic', codec: 'text' },
    { column: 'agencies', field: 'agencies', codec: 'list' },
    { column: 'participants_customs', field: 'participants.customs', codec: 'count' },
    { column: 'participants_police', field: 'participants.police', codec: 'count' },
    { column: 'participants_other', field: 'participants.other', codec: 'count' },
    { column: 'supported_by', field: 'supportedBy', codec: 'list', optional: true },
    { column: 'days', field: 'days', codec: 'count', optional: true },
  ],
  joint_unit: [
    { column: 'unit_type', field: 'unitType', codec: 'text' },
    { column: 'site', field: 'site', codec: 'text' },
    { column: 'agencies', field: 'agencies', codec: 'list' },
    { column: 'staff', field: 'staff', codec: 'count', optional: true },
  ],
  interpol_access: [
    { column: 'year', field: 'year', codec: 'count' },
    { column: 'i247_at_hq', field: 'i247AtHq', codec: 'boolean' },
    { column: 'border_points_connected', field: 'borderPointsConnected', codec: 'count' },
    { column: 'databases', field: 'databases', codec: 'list', optional: true },
  ],
};

/** The columns of a kind's import file (and raw export), in order: the common ones, then the kind's. */
export function instrumentLayout(kind: InstrumentKind): readonly LayoutColumn[] {
  return [...COMMON_COLUMNS, ...KIND_COLUMNS[kind]];
}

export function instrumentImportHeader(kind: InstrumentKind): string[] {
  return instrumentLayout(kind).map((c) => c.column);
}

/** `;` and `\` inside a meeting's notes are escaped with `\`, so that any notes read back as written. */
function escapeNotes(notes: string): string {
  return notes.replace(/\\/g, '\\\\').replace(/;/g, '\\;');
}

export function formatMeetings(meetings: readonly { date: string; notes?: string | undefined }[]): string {
  return meetings
    .map((m) => (m.notes ? `${m.date}: ${escapeNotes(m.notes)}` : m.date))
    .join(`${INSTRUMENT_LIST_SEPARATOR} `);
}

/** `2024-03-01: first meeting; 2024-06-12` → meetings; each entry a date, then optionally `:` and notes. */
export function parseMeetings(cell: string): { date: string; notes?: string }[] {
  const entries: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charAt(i);
    if (c === '\\' && i + 1 < cell.length) current += cell.charAt(++i);
    else if (c === INSTRUMENT_LIST_SEPARATOR) {
      entries.push(current);
      current = '';
    } else current += c;
  }
  entries.push(current);
  return entries
    .map((e) => e.trim())
    .filter((e) => e !== '')
    .map((entry) => {
      const colon = entry.indexOf(':');
      if (colon < 0) return { date: entry };
      const notes = entry.slice(colon + 1).trim();
      return notes === '' ? { date: entry.slice(0, colon).trim() } : { date: entry.slice(0, colon).trim(), notes };
    });
}

function valueAt(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], record);
}

function formatCell(value: unknown, codec: CellCodec): ExportCell {
  if (value === undefined || value === null) return '';
  switch (codec) {
    case 'list':
      return (value as string[]).join(INSTRUMENT_LIST_SEPARATOR);
    case 'boolean':
      return value === true ? 'yes' : 'no';
    case 'count':
      return value as number;
    case 'meetings':
      return formatMeetings(value as { date: string; notes?: string }[]);
    case 'text':
    case 'date':
    case 'to':
      return value as string;
  }
}

/** One record as a row of its kind's layout: what the raw export writes and the import reads back. */
export function instrumentCells(record: CreateInstrumentRequest): ExportCell[] {
  const values = record as unknown as Record<string, unknown>;
  return instrumentLayout(record.kind).map((c) => formatCell(valueAt(values, c.field), c.codec));
}
