import { INSTRUMENT_KINDS, type Instrument, type InstrumentKind } from '@cpc/domain';

export interface TimelineBar {
  id: string;
  kind: InstrumentKind;
  title: string;
  from: string;
  to: string | null;
  /** Where the bar starts and how long it is, in % of the axis. */
  start: number;
  length: number;
  /** Still in force: the bar runs to today. */
  open: boolean;
}

export interface Timeline {
  /** The axis: from 1 January of the first year to 31 December of the last. */
  firstYear: number;
  lastYear: number;
  bars: TimelineBar[];
  /** The years marked under the axis, at their 1 January, at most about eight of them. */
  ticks: { year: number; position: number }[];
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * A country's instruments as bars along one axis of years, by kind in the register's order, then by start.
 * An instrument in force runs to today (or to its start, if that is later); the axis reaches today.
 */
export function instrumentTimeline(
  instruments: readonly Pick<Instrument, 'id' | 'kind' | 'title' | 'from' | 'to'>[],
  today: string,
): Timeline | null {
  if (instruments.length === 0) return null;
  const ends = instruments.map((i) => i.to ?? today);
  const firstYear = Math.min(...instruments.map((i) => Number(i.from.slice(0, 4))));
  const lastYear = Math.max(Number(today.slice(0, 4)), ...ends.map((e) => Number(e.slice(0, 4))));
  const axisStart = time(`${firstYear}-01-01`);
  const axisLength = time(`${lastYear}-12-31`) + DAY - axisStart;
  const percent = (ms: number) => ((ms - axisStart) / axisLength) * 100;
  const bars = instruments.map((instrument) => {
    const end = Math.max(time(instrument.to ?? today), time(instrument.from)) + DAY;
    const start = percent(time(instrument.from));
    return {
      id: instrument.id,
      kind: instrument.kind,
      title: instrument.title,
      from: instrument.from,
      to: instrument.to,
      start,
      length: percent(end) - start,
      open: instrument.to === null,
    };
  });
  const order = (kind: InstrumentKind) => INSTRUMENT_KINDS.indexOf(kind);
  bars.sort((a, b) => order(a.kind) - order(b.kind) || a.from.localeCompare(b.from));
  const step = Math.ceil((lastYear - firstYear + 1) / 8);
  const ticks: Timeline['ticks'] = [];
  for (let year = firstYear; year <= lastYear; year += step)
    ticks.push({ year, position: percent(time(`${year}-01-01`)) });
  return { firstYear, lastYear, bars, ticks };
}
