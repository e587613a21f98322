import { JOINT_UNIT_TYPES, type JointUnitType, type OperationUnitsPoint, type UnitOutcome } from '@cpc/domain';
import type { SortState } from '../ui/SortHeader';

/** What a joint unit achieved: the figures the chart and the tables show, each summed over the period. */
export const UNIT_MEASURES = ['results', 'arrests', 'seizureCases'] as const;
export type UnitMeasure = (typeof UNIT_MEASURES)[number];

export interface UnitTypeTotal {
  unitType: JointUnitType;
  results: number;
  arrests: number;
  seizureCases: number;
}

export interface UnitTypeTotals {
  /** The unit types with at least one figure shown, in the register's order of types. */
  totals: UnitTypeTotal[];
  /** The years of which a figure of the region was withheld (protected figures), left out of the sums. */
  withheldYears: number[];
}

/**
 * A region's (or ALL's) results, arrests and seizure cases per joint-unit type, summed over the years of the
 * series. Withheld cells (null) are left out and their years named, never counted as zero.
 */
export function unitTypeTotals(series: readonly OperationUnitsPoint[], region: string): UnitTypeTotals {
  const sums = new Map<JointUnitType, UnitTypeTotal>();
  const withheld = new Set<number>();
  for (const point of series) {
    if (point.region !== region) continue;
    if (point.suppressed || point.results === null) {
      withheld.add(point.year);
      continue;
    }
    const sum = sums.get(point.unitType) ?? { unitType: point.unitType, results: 0, arrests: 0, seizureCases: 0 };
    sum.results += point.results;
    sum.arrests += point.arrests ?? 0;
    sum.seizureCases += point.seizureCases ?? 0;
    sums.set(point.unitType, sum);
  }
  const totals = JOINT_UNIT_TYPES.flatMap((type) => sums.get(type) ?? []);
  return { totals, withheldYears: [...withheld].sort((a, b) => a - b) };
}

export type UnitSortKey = 'unit' | 'unitType' | 'site' | 'country' | 'region' | UnitMeasure;
export type UnitSort = SortState<UnitSortKey>;

/** A row of the units table: the API's figures with the names the reader reads and sorts by. */
export interface UnitRow extends UnitOutcome {
  /** The register's title of the unit, or its site when the reader may not read the register's record. */
  unit: string;
  unitTypeName: string;
  countryName: string;
  regionName: string;
}

/** The rows in the order asked: names alphabetically in the language, figures by size; ties by unit name. */
export function sortUnitRows(rows: readonly UnitRow[], sort: UnitSort, locale: string): UnitRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const text: Record<Exclude<UnitSortKey, UnitMeasure>, (row: UnitRow) => string> = {
    unit: (row) => row.unit,
    unitType: (row) => row.unitTypeName,
    site: (row) => row.site,
    country: (row) => row.countryName,
    region: (row) => row.regionName,
  };
  const { key } = sort;
  const compare = (a: UnitRow, b: UnitRow): number =>
    key === 'results' || key === 'arrests' || key === 'seizureCases'
      ? a[key] - b[key]
      : collator.compare(text[key](a), text[key](b));
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.unit, b.unit));
}
