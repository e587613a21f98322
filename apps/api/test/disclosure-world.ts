import {
  DIMENSIONS,
  findItem,
  INSTRUMENT_ITEMS,
  isScored,
  levelFromIndex,
  WCO_GROUPING,
  wcoMembersOfYear,
  type WcoRegionCode,
  type Dimension,
} from '@cpc/domain';
import type pg from 'pg';

/**
 * A synthetic world for the attack suite, and the truth it knows. In every WCO region, 10 "base"
 * administrations assess together in 2016, 2019, 2022 and 2025, so that their current assessments change
 * only in those years; 7 "joiners" each assess once, alone in their region that year, so that consecutive
 * years of a region differ by exactly that joiner: the pairs a differencing attacker looks for. A third of
 * the base administrations and one joiner in seven share their figures with members; the rest are
 * confidential.
 */

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2026;
const BASE_YEARS = [2016, 2019, 2022, 2025];
const JOIN_YEARS = [2017, 2018, 2020, 2021, 2023, 2024, 2026];
export const BASE_PER_REGION = 10;

/**
 * The ends of the reporting cycles over which national users read gap and difficulty counts
 * (docs/disclosure.md: 2016–2018, 2019–2021, …), written out by hand.
 */
export const REPORTING_CYCLE_ENDS = [2018, 2021, 2024, 2027];

export const SCORED_CODES = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
export const DIFFICULTY_OPTIONS = findItem('A.17')?.options.map((o) => o.code) ?? [];

export interface WorldRecord {
  id: string;
  country: string;
  year: number;
  overall: number;
  dimensions: Record<Dimension, number>;
  level: number;
  selfLevel: number;
  /** Item code → 1 when a gap (points below 0.5). */
  gaps: Record<string, 0 | 1>;
  /** A.17 option → 1 when reported. */
  difficulties: Record<string, 0 | 1>;
}

export interface World {
  records: WorldRecord[];
  shared: Set<string>;
  /** The attacker: a viewer of this confidential base administration. */
  attacker: string;
  regions: Map<string, string[]>;
}

/** A small deterministic generator (mulberry32), so that the world is the same at every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number) => Math.min(100, Math.max(0, x));

function drawRecord(random: () => number, country: string, year: number): Omit<WorldRecord, 'id'> {
  const overall = round1(10 + random() * 80);
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, round1(clamp(overall + (random() - 0.5) * 40))]),
  ) as Record<Dimension, number>;
  const gaps = Object.fromEntries(SCORED_CODES.map((c) => [c, random() < 0.45 ? 1 : 0])) as Record<string, 0 | 1>;
  const difficulties = Object.fromEntries(DIFFICULTY_OPTIONS.map((o) => [o, random() < 0.45 ? 1 : 0])) as Record<
    string,
    0 | 1
  >;
  return {
    country,
    year,
    overall,
    dimensions,
    level: levelFromIndex(overall),
    selfLevel: 1 + Math.floor(random() * 5),
    gaps,
    difficulties,
  };
}

/** Writes the world into the database, as scored assessments would be stored. */
export async function buildWorld(db: pg.Pool, seed = 20261204): Promise<World> {
  const random = prng(seed);
  const drafts: Omit<WorldRecord, 'id'>[] = [];
  const shared = new Set<string>();
  const regions = new Map<string, string[]>();
  // Members in every year of the world (since before 2016): the API counts a country only once it joined.
  const since = wcoMembersOfYear(FIRST_YEAR);
  for (const region of WCO_GROUPING.regions) {
    const members = region.members.filter((country) => since[region.code as WcoRegionCode].includes(country));
    const base = members.slice(0, BASE_PER_REGION);
    const joiners = members.slice(BASE_PER_REGION, BASE_PER_REGION + JOIN_YEARS.length);
    regions.set(region.code, [...base, ...joiners]);
    base.forEach((country, i) => {
      if (i % 3 === 2) shared.add(country);
      for (const year of BASE_YEARS) drafts.push(drawRecord(random, country, year));
    });
    joiners.forEach((country, j) => {
      if (j === 3) shared.add(country);
      drafts.push(drawRecord(random, country, JOIN_YEARS[j] ?? FIRST_YEAR));
    });
  }
  const records: WorldRecord[] = [];
  for (const draft of drafts) records.push({ ...draft, id: await insertRecord(db, draft, random) });
  for (const country of shared)
    await db.query(`INSERT INTO country_disclosures (country_iso3, level, updated_at) VALUES ($1, 'members', now())`, [
      country,
    ]);
  const attacker = WCO_GROUPING.regions[0]?.members[0] ?? 'AGO';
  return { records, shared, attacker, regions };
}

/** A UUID drawn from the generator, so that the records' keys (which include their ids) repeat at every run. */
function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

async function insertRecord(db: pg.Pool, r: Omit<WorldRecord, 'id'>, random: () => number): Promise<string> {
  const answers = { 'A.17': DIFFICULTY_OPTIONS.filter((o) => r.difficulties[o] === 1) };
  const status = random() < 0.7 ? 'validated' : 'submitted';
  const id = uuidFrom(random);
  await db.query(
    `INSERT INTO assessments (id, country_iso3, year, status, answers, self_level, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [id, r.country, r.year, status, JSON.stringify(answers), r.selfLevel],
  );
  await db.query(
    `INSERT INTO assessment_scores (assessment_id, methodology, overall_index, computed_level,
                                    dimension_codes, dimension_scores, item_codes, item_points)
     VALUES ($1, 'v1', $2, $3, $4, $5, $6, $7)`,
    [
      id,
      r.overall,
      r.level,
      DIMENSIONS,
      DIMENSIONS.map((d) => r.dimensions[d]),
      SCORED_CODES,
      SCORED_CODES.map((c) => (r.gaps[c] === 1 ? 0 : 1)),
    ],
  );
  return id;
}

/** The truth: each country's current assessment in a year (the newest of the year and the two before). */
export function currentRecord(world: World, country: string, year: number): WorldRecord | undefined {
  return world.records
    .filter((r) => r.country === country && r.year <= year && r.year >= year - 2)
    .sort((a, b) => b.year - a.year)[0];
}

/** The cells of the WCO regions and their ALL row, by as-of year (every year of the series by default). */
export interface Cell {
  grouping: 'wco';
  region: string;
  year: number;
  records: WorldRecord[];
}

export function cells(world: World, years: readonly number[] = everyYear()): Cell[] {
  const out: Cell[] = [];
  for (const grouping of [WCO_GROUPING]) {
    const id = 'wco' as const;
    const memberLists = grouping.regions.map((r) => ({ region: r.code, members: r.members }));
    memberLists.push({ region: 'ALL', members: grouping.regions.flatMap((r) => r.members) });
    for (const { region, members } of memberLists)
      for (const year of years) {
        const records = members.flatMap((c) => {
          const r = currentRecord(world, c, year);
          return r ? [r] : [];
        });
        out.push({ grouping: id, region, year, records });
      }
  }
  return out;
}

function everyYear(): number[] {
  return Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
}

export const cellKey = (c: { grouping: string; region: string; year: number }) => `${c.grouping}:${c.region}:${c.year}`;
