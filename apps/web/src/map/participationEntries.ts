import type { GroupingResponse, ParticipationResponse } from '@cpc/domain';
import { NOT_ASSESSED, valueCell, type Cell } from '../analytics/cells';
import { niceTicks } from '../chart/linearScale';
import { sequentialColour, type Fill } from '../chart/colourScale';
import { regionOfCountry, type MapEntry } from './mapValues';

type Item = ParticipationResponse['items'][number];

function entry(iso3: string, region: string | null, operations: number): MapEntry {
  return {
    iso3,
    cell: operations > 0 ? valueCell(operations) : NOT_ASSESSED,
    source: 'country',
    region,
    assessment: null,
  };
}

/**
 * Each country coloured by the operations it took part in. Analysts see every member of the grouping, a
 * member without any operation shown as such; a national reader sees their own country only, the others'
 * participation not being theirs to know (so they are drawn as outside the figures, not as "none").
 */
export function participationEntries(
  items: readonly Item[],
  grouping: Pick<GroupingResponse, 'regions'>,
  national: boolean,
): Map<string, MapEntry> {
  const regions = regionOfCountry(grouping);
  const entries = new Map<string, MapEntry>();
  if (!national) for (const [iso3, region] of regions) entries.set(iso3, entry(iso3, region, 0));
  for (const item of items) {
    entries.set(item.country, entry(item.country, regions.get(item.country) ?? item.region, item.operations));
  }
  return entries;
}

/** The colour scale's marks, from 0 to a round number at or above the largest count. */
export function participationTicks(entries: ReadonlyMap<string, MapEntry>): number[] {
  let max = 0;
  for (const { cell } of entries.values()) if (cell.state === 'value') max = Math.max(max, cell.value);
  return niceTicks(Math.max(1, max), 4);
}

/** A count coloured on the sequential scale up to the last tick; no operation gets the "none" pattern. */
export function participationFill(top: number): (cell: Cell) => Fill {
  return (cell) => {
    if (cell.state === 'value') return { kind: 'colour', colour: sequentialColour(cell.value / top) };
    return cell.state === 'withheld' ? { kind: 'withheld' } : { kind: 'notAssessed' };
  };
}
