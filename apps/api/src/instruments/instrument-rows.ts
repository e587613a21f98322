import { instrumentNaturalKey, type CreateInstrumentRequest, type Instrument, type InstrumentKind } from '@cpc/domain';
import type { InstrumentSource } from '../db/entities/instrument.entity.js';

/** A row as the SQL selects it: dates as ISO text. */
export interface InstrumentRow {
  id: string;
  country_iso3: string;
  kind: InstrumentKind;
  title: string;
  valid_from: string;
  valid_to: string | null;
  details: Record<string, unknown>;
  notes: string | null;
  natural_key: string;
  source: InstrumentSource;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** What a write stores: the common columns, the kind's own fields as `details`, and the natural key. */
export interface InstrumentWrite {
  country: string;
  kind: InstrumentKind;
  title: string;
  from: string;
  to: string | null;
  details: Record<string, unknown>;
  notes: string | null;
  naturalKey: string;
}

/** The columns every kind has (and an update's `version`): the rest is the kind's own `details`. */
const COMMON_FIELDS: ReadonlySet<string> = new Set(['country', 'kind', 'title', 'from', 'to', 'notes', 'version']);

/** A checked request (create, update or an import's row) → the columns it is stored in. */
export function toInstrumentWrite(request: CreateInstrumentRequest): InstrumentWrite {
  const fields = Object.fromEntries(
    Object.entries(request as Record<string, unknown>).filter(([key]) => !COMMON_FIELDS.has(key)),
  );
  return {
    country: request.country,
    kind: request.kind,
    title: request.title,
    from: request.from,
    to: request.to,
    details: fields,
    // Notes are free text, but blank notes are none, and spaces around them are no part of them.
    notes: request.notes?.trim() || null,
    naturalKey: instrumentNaturalKey(request),
  };
}

/** The record as the API shows it: the common fields, then the kind's own spread back. */
export function toInstrument(row: InstrumentRow): Instrument {
  return {
    id: row.id,
    version: row.version,
    country: row.country_iso3,
    kind: row.kind,
    title: row.title,
    from: row.valid_from,
    to: row.valid_to,
    ...(row.notes !== null && { notes: row.notes }),
    ...row.details,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  } as Instrument;
}

/** The stored record as an import row would give it: what an import compares to tell unchanged rows. */
export function sameContent(row: InstrumentRow, write: InstrumentWrite): boolean {
  return (
    row.title === write.title &&
    row.valid_from === write.from &&
    row.valid_to === write.to &&
    row.notes === write.notes &&
    canonical(row.details) === canonical(write.details)
  );
}

/** JSON with keys sorted at every level: jsonb does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
