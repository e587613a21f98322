import { INSTRUMENT_KINDS, type Instrument, type InstrumentKind } from '@cpc/domain';

/** Whether an instrument still holds on a day: no end date, or an end on or after that day. */
export type InstrumentStatus = 'inForce' | 'ended';

/** `today` as an ISO date (YYYY-MM-DD); ISO dates compare as text. */
export function instrumentStatus(instrument: Pick<Instrument, 'to'>, today: string): InstrumentStatus {
  return instrument.to === null || instrument.to >= today ? 'inForce' : 'ended';
}

export interface KindGroup<T> {
  kind: InstrumentKind;
  instruments: T[];
}

/**
 * The instruments by kind, in the register's order of kinds (every kind, even without an instrument, so each
 * has its heading and its "add" button), the most recent first within a kind, then by title.
 */
export function groupByKind<T extends Pick<Instrument, 'kind' | 'from' | 'title'>>(
  instruments: readonly T[],
): KindGroup<T>[] {
  return INSTRUMENT_KINDS.map((kind) => ({
    kind,
    instruments: instruments
      .filter((i) => i.kind === kind)
      .sort((a, b) => b.from.localeCompare(a.from) || a.title.localeCompare(b.title)),
  }));
}

/** Today as an ISO date, in UTC as the API dates things. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
