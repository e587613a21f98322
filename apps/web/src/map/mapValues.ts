import type { GroupingResponse, MapValue, MaturityPoint } from '@cpc/domain';
import { NOT_ASSESSED, WITHHELD, measureCell, valueCell, type Cell } from '../analytics/cells';
import type { MapMetric } from '../url/pageState';

export interface MapEntry {
  iso3: string;
  cell: Cell;
  /**
   * Whose value it is: the country's own assessment, or its region's mean (what national users see of the
   * countries that keep their figures confidential).
   */
  source: 'country' | 'region';
  /** The region of the chosen grouping the country belongs to, if any. */
  region: string | null;
  /** The current assessment behind a country's own value. */
  assessment: { year: number; status: MapValue['status'] } | null;
}

/** Country → region code for a grouping (a country is in at most one region of a grouping). */
export function regionOfCountry(grouping: Pick<GroupingResponse, 'regions'> | undefined): Map<string, string> {
  const regions = new Map<string, string>();
  for (const region of grouping?.regions ?? []) for (const iso3 of region.members) regions.set(iso3, region.code);
  return regions;
}

function ownEntry(iso3: string, region: string | null, own: MapValue | undefined): MapEntry {
  return {
    iso3,
    cell: own ? valueCell(own.value) : NOT_ASSESSED,
    source: 'country',
    region,
    assessment: own ? { year: own.year, status: own.status } : null,
  };
}

/**
 * For analysts and admins: every listed country with its own current assessment's value, or not assessed.
 */
export function countryEntries(
  countries: readonly string[],
  current: ReadonlyMap<string, MapValue>,
  regions: ReadonlyMap<string, string>,
): Map<string, MapEntry> {
  return new Map(countries.map((iso3) => [iso3, ownEntry(iso3, regions.get(iso3) ?? null, current.get(iso3))]));
}

function regionCell(point: MaturityPoint | undefined, metric: MapMetric): Cell {
  if (!point) return NOT_ASSESSED;
  if (point.suppressed) return WITHHELD;
  // A region has a distribution of levels, not one level: national users see only their own.
  if (metric === 'level') return NOT_ASSESSED;
  return measureCell(point, metric);
}

/**
 * For coordinators and viewers: their own country with its own value, and so every country whose current
 * assessment the API sent them (those that share their figures with members); every other member of a
 * region with the region's protected mean (withheld where fewer than three administrations contribute),
 * and nothing for the level, which a region does not have.
 */
export function nationalEntries(
  ownCountry: string,
  current: ReadonlyMap<string, MapValue>,
  countries: readonly string[],
  regions: ReadonlyMap<string, string>,
  regionPoints: readonly MaturityPoint[],
  metric: MapMetric,
): Map<string, MapEntry> {
  const entries = new Map<string, MapEntry>();
  for (const iso3 of countries) {
    const region = regions.get(iso3) ?? null;
    const shared = current.get(iso3);
    if (iso3 === ownCountry || shared) {
      entries.set(iso3, ownEntry(iso3, region, shared));
    } else if (region !== null && metric !== 'level') {
      const point = regionPoints.find((p) => p.region === region);
      entries.set(iso3, { iso3, cell: regionCell(point, metric), source: 'region', region, assessment: null });
    }
  }
  return entries;
}
