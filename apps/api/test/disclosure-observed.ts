import {
  DIMENSIONS,
  type DifficultiesResponse,
  type GapsResponse,
  type MaturityPoint,
  type MaturityResponse,
} from '@cpc/domain';
import request from 'supertest';
import type { Statistic } from './disclosure-attacks.js';
import {
  cellKey,
  cells,
  DIFFICULTY_OPTIONS,
  FIRST_YEAR,
  LAST_YEAR,
  REPORTING_CYCLE_ENDS,
  SCORED_CODES,
  type Cell,
  type World,
  type WorldRecord,
} from './disclosure-world.js';
import type { TestApp } from './test-app.js';

/**
 * What disclosure-attacks.test.ts reads from the API as a national user and as an analyst, and the statistics
 * it attacks: each with its truth per record (from the world the test built) and its published total per cell.
 */

/** What a viewer and an analyst read from one world under one secret. */
export interface Observed {
  t: TestApp;
  world: World;
  cells: Cell[];
  /** The cells of gap and difficulty counts a national user gets: one per reporting cycle. */
  cycleCells: Cell[];
  viewer: string;
  analyst: string;
  maturity: Map<string, MaturityPoint>;
  exactMaturity: Map<string, MaturityPoint>;
  gaps: Map<string, GapsResponse['items'][number]>;
  difficulties: Map<string, DifficultiesResponse['items'][number]>;
  countsAnswers: { asked: number; gaps: GapsResponse; difficulties: DifficultiesResponse }[];
}

/** The attacker knows its own administration's figures and those shared with members. */
export const knownTo = (world: World) => (r: WorldRecord) =>
  r.country === world.attacker || world.shared.has(r.country);

export const get = (t: TestApp, token: string, path: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

export async function observe(t: TestApp, world: World, viewer: string, analyst: string): Promise<Observed> {
  const o: Observed = {
    t,
    world,
    cells: cells(world),
    cycleCells: cells(world, REPORTING_CYCLE_ENDS),
    viewer,
    analyst,
    maturity: new Map(),
    exactMaturity: new Map(),
    gaps: new Map(),
    difficulties: new Map(),
    countsAnswers: [],
  };
  for (const grouping of ['wco']) {
    const path = `/api/analytics/maturity?grouping=${grouping}&from=${FIRST_YEAR}&to=${LAST_YEAR}`;
    const protectedAnswer = (await get(t, viewer, path).expect(200)).body as MaturityResponse;
    const exactAnswer = (await get(t, analyst, path).expect(200)).body as MaturityResponse;
    for (const p of protectedAnswer.series) o.maturity.set(cellKey({ grouping, ...p }), p);
    for (const p of exactAnswer.series) o.exactMaturity.set(cellKey({ grouping, ...p }), p);
    // Every year a national user may ask for; the answers are keyed by the as-of year they cover.
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const g = (await get(t, viewer, `/api/analytics/gaps?grouping=${grouping}&year=${year}`).expect(200))
        .body as GapsResponse;
      const d = (await get(t, viewer, `/api/analytics/difficulties?grouping=${grouping}&year=${year}`).expect(200))
        .body as DifficultiesResponse;
      o.countsAnswers.push({ asked: year, gaps: g, difficulties: d });
      for (const i of g.items) o.gaps.set(`${cellKey({ grouping, region: i.region, year: g.year })}:${i.code}`, i);
      for (const i of d.items)
        o.difficulties.set(`${cellKey({ grouping, region: i.region, year: d.year })}:${i.option}`, i);
    }
  }
  return o;
}

export function scoreStats(o: Observed): Statistic<WorldRecord>[] {
  const overall: Statistic<WorldRecord> = {
    name: 'overall',
    truth: (r) => r.overall,
    published: (cell) => {
      const p = o.maturity.get(cellKey(cell));
      return p && !p.suppressed && p.mean !== null ? p.mean * cell.records.length : null;
    },
  };
  const dimensions = DIMENSIONS.map((d): Statistic<WorldRecord> => ({
    name: d,
    truth: (r) => r.dimensions[d],
    published: (cell) => {
      const mean = o.maturity.get(cellKey(cell))?.dimensions?.[d];
      return mean === null || mean === undefined ? null : mean * cell.records.length;
    },
  }));
  return [overall, ...dimensions];
}

export function gapStats(o: Observed): Statistic<WorldRecord>[] {
  return SCORED_CODES.map((code) => ({
    name: `gap:${code}`,
    truth: (r) => r.gaps[code] ?? 0,
    published: (cell) => o.gaps.get(`${cellKey(cell)}:${code}`)?.withGap ?? null,
  }));
}

export function difficultyStats(o: Observed): Statistic<WorldRecord>[] {
  return DIFFICULTY_OPTIONS.map((option) => ({
    name: `difficulty:${option}`,
    truth: (r) => r.difficulties[option] ?? 0,
    published: (cell) => o.difficulties.get(`${cellKey(cell)}:${option}`)?.count ?? null,
  }));
}
