import type { InstrumentDetails } from '../schemas/instruments.js';

/** What a natural key is computed from: the common fields and the kind's own. */
export type KeyedInstrument = InstrumentDetails & { country: string; title: string; from: string };

/**
 * The fields that identify an instrument of each kind: the same agreement signed again is the same record, a
 * committee is one per level and title, a joint unit one per type and site, INTERPOL access one per year.
 * An import finds the record a row updates by them, so that the same file imported twice changes nothing.
 */
export const NATURAL_KEY_FIELDS = {
  agreement: ['country', 'agreementType', 'from', 'title'],
  committee: ['country', 'level', 'title'],
  liaison_officer: ['country', 'direction', 'host', 'from'],
  training: ['country', 'topic', 'from'],
  joint_unit: ['country', 'unitType', 'site'],
  interpol_access: ['country', 'year'],
} as const satisfies Record<InstrumentDetails['kind'], readonly string[]>;

/** `agreement|fra|mou|2021-03-04|protocole douanes-police`: the kind, then its key fields lower-cased and trimmed. */
export function instrumentNaturalKey(instrument: KeyedInstrument): string {
  const values = instrument as unknown as Record<string, unknown>;
  const parts = NATURAL_KEY_FIELDS[instrument.kind].map((field) =>
    String(values[field] as string | number)
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
  return [instrument.kind, ...parts].join('|');
}
