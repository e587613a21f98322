import type { SortState } from '../ui/SortHeader';
import type { MapEntry } from './mapValues';

export type CountryColumn = 'country' | 'region' | 'value' | 'assessment';
export type CountrySort = SortState<CountryColumn>;

export const DEFAULT_COUNTRY_SORT: CountrySort = { key: 'country', descending: false };

interface Names {
  country: (iso3: string) => string;
  region: (code: string | null) => string;
  lang: string;
}

/** A number to order by, or null for a row without one, which goes last whichever way the column is sorted. */
function figureOf(entry: MapEntry, column: 'value' | 'assessment'): number | null {
  if (column === 'assessment') return entry.assessment?.year ?? null;
  return entry.cell.state === 'value' ? entry.cell.value : null;
}

/** The table's rows in the chosen order; ties and empty figures fall back to the country's name. */
export function sortCountryRows(rows: readonly MapEntry[], sort: CountrySort, names: Names): MapEntry[] {
  const byName = (a: MapEntry, b: MapEntry) => names.country(a.iso3).localeCompare(names.country(b.iso3), names.lang);
  const sign = sort.descending ? -1 : 1;
  const compare = (a: MapEntry, b: MapEntry): number => {
    if (sort.key === 'country') return sign * byName(a, b);
    if (sort.key === 'region') {
      const order = names.region(a.region).localeCompare(names.region(b.region), names.lang);
      return order !== 0 ? sign * order : byName(a, b);
    }
    const [x, y] = [figureOf(a, sort.key), figureOf(b, sort.key)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x !== y ? sign * (x - y) : byName(a, b);
  };
  return [...rows].sort(compare);
}
