import type { Activity, Commodity, Programme } from '@cpc/domain';
import { REGIONS, type FixtureOperation } from './operations-analytics.fixture.js';

/*
 * Small reducers over the fixture literals for the views the operations-analytics expectations do not cover:
 * participation, and the joint units' figures. Written for the tests, apart from the code under test.
 */

export interface ParticipationFilter {
  from: number;
  to: number;
  programme?: Programme;
  activity?: Activity;
}

/** A fixture operation whose results may name a joint unit: country → unit id. */
export type UnitOperation = FixtureOperation & { units?: Record<string, string> };

const regionOf = (country: string) => Object.keys(REGIONS).find((r) => REGIONS[r]!.includes(country));
const inYears = (o: FixtureOperation, from: number, to: number) =>
  Number(o.endDate.slice(0, 4)) >= from && Number(o.endDate.slice(0, 4)) <= to;

/** Per member country: operations taken part in, and reported, sorted by country. */
export function expectedParticipation(operations: FixtureOperation[], f: ParticipationFilter) {
  const counts = new Map<string, { operations: number; reported: number }>();
  for (const o of operations.filter((x) => inYears(x, f.from, f.to))) {
    if (f.programme && o.programme !== f.programme) continue;
    if (f.activity && !o.activities.includes(f.activity)) continue;
    for (const country of o.countries.filter((c) => regionOf(c))) {
      const c = counts.get(country) ?? { operations: 0, reported: 0 };
      c.operations += 1;
      if (o.results.some((r) => r.country === country)) c.reported += 1;
      counts.set(country, c);
    }
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, c]) => ({ country, region: regionOf(country), ...c }));
}

export interface UnitInfo {
  id: string;
  country: string;
  site: string;
  unitType: string;
}

/** Per joint unit with results in the years: results, arrests, seizure cases, sorted by country and site. */
export function expectedUnitOutcomes(operations: UnitOperation[], units: UnitInfo[], from: number, to: number) {
  return units
    .map((u) => {
      const linked = operations
        .filter((o) => inYears(o, from, to))
        .flatMap((o) => o.results.filter((r) => o.units?.[r.country] === u.id));
      const cases = linked.flatMap((r) => r.seizures).reduce((s, [, , c]) => s + c, 0);
      const arrests = linked.reduce((s, r) => s + r.arrests, 0);
      return {
        unitId: u.id,
        country: u.country,
        region: regionOf(u.country),
        site: u.site,
        unitType: u.unitType,
        results: linked.length,
        arrests,
        seizureCases: cases,
      };
    })
    .filter((u) => u.results > 0)
    .sort((a, b) => a.country.localeCompare(b.country) || a.site.localeCompare(b.site));
}

/** Per region (and ALL), year and unit type: countries, units, results, arrests, seizure cases. */
export function expectedUnitCells(operations: UnitOperation[], units: UnitInfo[], year: number) {
  const cells = new Map<
    string,
    { countries: Set<string>; units: Set<string>; results: number; arrests: number; seizureCases: number }
  >();
  for (const o of operations.filter((x) => inYears(x, year, year)))
    for (const r of o.results) {
      const unit = units.find((u) => u.id === o.units?.[r.country]);
      const region = regionOf(r.country);
      if (!unit || !region) continue;
      for (const key of [`${region} ${unit.unitType}`, `ALL ${unit.unitType}`]) {
        const c = cells.get(key) ?? { countries: new Set(), units: new Set(), results: 0, arrests: 0, seizureCases: 0 };
        c.countries.add(r.country);
        c.units.add(unit.id);
        c.results += 1;
        c.arrests += r.arrests;
        c.seizureCases += r.seizures.reduce((s, [, , cases]) => s + cases, 0);
        cells.set(key, c);
      }
    }
  return [...cells.entries()]
    .map(([key, c]) => {
      const [region, unitType] = key.split(' ');
      return {
        region,
        year,
        unitType,
        countries: c.countries.size,
        units: c.units.size,
        results: c.results,
        arrests: c.arrests,
        seizureCases: c.seizureCases,
      };
    })
    .sort((a, b) => `${a.region} ${a.unitType}`.localeCompare(`${b.region} ${b.unitType}`));
}

/** Every filter combination the operations view takes: none, each alone, each pair, all three. */
export function filterCombinations(programme: Programme, activity: Activity, commodity: Commodity) {
  const combos: { programme?: Programme; activity?: Activity; commodity?: Commodity }[] = [];
  for (const p of [undefined, programme])
    for (const a of [undefined, activity])
      for (const c of [undefined, commodity])
        combos.push({ ...(p ? { programme: p } : {}), ...(a ? { activity: a } : {}), ...(c ? { commodity: c } : {}) });
  return combos;
}
