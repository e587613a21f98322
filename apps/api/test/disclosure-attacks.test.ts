import { DIMENSIONS, type MaturityResponse } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, averagedTargets, successRates, type Statistic, type Target } from './disclosure-attacks.js';
import { difficultyStats, gapStats, get, knownTo, observe, scoreStats, type Observed } from './disclosure-observed.js';
import {
  BASE_PER_REGION,
  buildWorld,
  cellKey,
  FIRST_YEAR,
  LAST_YEAR,
  REPORTING_CYCLE_ENDS,
  SCORED_CODES,
  type Cell,
  type World,
  type WorldRecord,
} from './disclosure-world.js';
import { startTestApp } from './test-app.js';

/**
 * The attacks of the confidentiality issue, run against the API as a national user on a world whose truth
 * the test knows. Each bound is checked on the attacker's success rate: single pairs, and the mean of every
 * estimate of the same administration (averaging). Rates are printed for docs/disclosure.md.
 * What is read and attacked: disclosure-observed.ts; the world: disclosure-world.ts.
 */

/**
 * The attacker's success is a probability over the secret (every key derives from it). One secret gives a
 * few dozen administrations to attack, too few to tell 7% from 10%; the world is therefore read under
 * ROTATIONS secrets, as many independent deployments of the same data, and the rates are pooled. Each
 * deployment is attacked on its own: no attacker ever sees two secrets. The secrets and the records' ids are
 * fixed (derived from the rotation's number and the world's seed, chosen before any rate was seen), so that
 * the rates, which sit close to the bounds by design, are the same at every run.
 */
const ROTATIONS = 24;
const worlds: Observed[] = [];

beforeAll(async () => {
  const t = await startTestApp();
  const world = await buildWorld(t.db);
  const viewer = await t.tokenFor('viewer', world.attacker);
  const analyst = await t.tokenFor('analyst');
  for (let i = 0; i < ROTATIONS; i++) {
    await t.db.query(`UPDATE disclosure_secret SET secret = md5($1) WHERE id = 1`, [`attack-suite:${i}`]);
    worlds.push(await observe(t, world, viewer, analyst));
  }
}, 300_000);

afterAll(async () => {
  await worlds[0]?.t.close();
});

/** The world as the database now holds it (the last secret). */
const current = () => worlds[worlds.length - 1]!;

/** Every attack on every world, for one kind of statistic, on the cells the statistic is published for. */
function attacksOn(
  stats: (o: Observed) => Statistic<WorldRecord>[],
  cellsOf: (o: Observed) => Cell[] = (o) => o.cells,
  known: (world: World) => (r: WorldRecord) => boolean = knownTo,
): Map<string, Target>[] {
  return worlds.flatMap((o) => stats(o).map((s) => attack(known(o.world), cellsOf(o), s)));
}

const countStats = (o: Observed) => [...gapStats(o), ...difficultyStats(o)];
const byCycle = (o: Observed) => o.cycleCells;
const targetCount = (targets: Map<string, Target>[]) => targets.reduce((n, m) => n + m.size, 0);

/** A coalition: the attacker and every base administration of every region pool their own figures. */
const coalition = (world: World) => {
  const base = new Set([...world.regions.values()].flatMap((members) => members.slice(0, BASE_PER_REGION)));
  return (r: WorldRecord) => knownTo(world)(r) || base.has(r.country);
};

const within2 = (estimate: number, truth: number) => Math.abs(estimate - truth) <= 2;
const guessedRight = (estimate: number, truth: number) => (estimate >= 0.5 ? 1 : 0) === truth;

/**
 * For a yes/no guess, ±2 noise on counts gives exactly 60% to the best reading of one cell or one pair (the
 * bound sits on that floor); averaging two would beat it. Reporting cycles leave nothing to average.
 */
const BINARY_BOUND = 0.6;

describe('the differencing attacker, as a national user', () => {
  it('finds pairs and cells that isolate one administration (the suite has something to attack)', () => {
    const targets = attacksOn((o) => scoreStats(o).slice(0, 1));
    expect(targets.reduce((n, m) => n + m.size, 0) / ROTATIONS).toBeGreaterThanOrEqual(15);
    expect(averagedTargets(targets) / ROTATIONS).toBeGreaterThanOrEqual(5);
  });

  it('recovers an overall index or a dimension score within ±2 in at most 10% of attempts, averaged or not', () => {
    const rates = successRates(attacksOn(scoreStats), within2);
    console.info(`[disclosure] scores: ${JSON.stringify(rates)}`);
    expect(rates.single.attempts).toBeGreaterThanOrEqual(2000);
    expect(rates.single.rate).toBeLessThanOrEqual(0.1);
    expect(rates.averaged.rate).toBeLessThanOrEqual(0.1);
  });

  it('reads gap and difficulty counts by reporting cycle: each year of a cycle gives the same answer', () => {
    for (const o of worlds)
      for (const { asked, gaps, difficulties } of o.countsAnswers) {
        const end = REPORTING_CYCLE_ENDS.find((e) => e >= asked)!;
        for (const answer of [gaps, difficulties]) {
          expect(answer).toMatchObject({ year: end, period: { from: end - 2, to: end }, protected: true });
        }
        const first = o.countsAnswers.find((a) => REPORTING_CYCLE_ENDS.find((e) => e >= a.asked) === end)!;
        expect(gaps).toEqual(first.gaps);
        expect(difficulties).toEqual(first.difficulties);
      }
  });

  it('finds no cell or pair of cycles that isolates an administration’s gaps or difficulties', () => {
    // By year, the same world holds many: each joiner appears in one year and leaves three years later.
    const exactByYear = (o: Observed) =>
      countStats(o).map((s) => ({ ...s, published: (cell: Cell) => cell.records.reduce((n, r) => n + s.truth(r), 0) }));
    expect(targetCount(attacksOn(exactByYear)) / ROTATIONS).toBeGreaterThanOrEqual(100);
    expect(targetCount(attacksOn(countStats, byCycle))).toBe(0);
  });

  it('leaves a coalition that knows all but one member of a cycle one reading of it, nothing to average', () => {
    const targets = attacksOn(countStats, byCycle, coalition);
    const rates = successRates(targets, guessedRight);
    console.info(`[disclosure] gaps and difficulties, coalition: ${JSON.stringify(rates)}`);
    expect(rates.single.attempts).toBeGreaterThanOrEqual(1000);
    expect(averagedTargets(targets)).toBe(0);
    // One reading of a cell of 10+ with ±2 noise: the floor of 60%, give or take the sampling error.
    expect(rates.single.rate).toBeLessThanOrEqual(BINARY_BOUND + 3 * Math.sqrt(0.24 / rates.single.attempts));
  });

  it('cannot difference two partitions of the members: the UN regions are for analysts', async () => {
    const { t, viewer } = current();
    for (const path of [
      '/api/analytics/maturity?grouping=un',
      '/api/analytics/gaps?grouping=un&year=2022',
      '/api/analytics/difficulties?grouping=un&year=2022',
      '/api/analytics/operations?grouping=un',
    ]) {
      const res = await get(t, viewer, path).expect(403);
      expect(res.body.message).toMatch(/^grouping: /);
    }
  });

  it('cannot difference statuses: national users get one status set', async () => {
    const { t, viewer, world } = current();
    for (const path of [
      '/api/analytics/maturity?status=validated',
      '/api/analytics/gaps?status=validated&year=2022',
      '/api/analytics/difficulties?status=validated&year=2022',
      '/api/analytics/levels?status=validated',
      `/api/countries/${world.attacker}/profile?status=validated`,
    ]) {
      const res = await get(t, viewer, path).expect(403);
      expect(res.body.message).toMatch(/^status: /);
    }
  });

  it('cannot difference groupings: custom groupings, even two that differ by one country, are for analysts', async () => {
    const { t, viewer, analyst, world } = current();
    const members = world.regions.get('ESA') ?? [];
    const ids: string[] = [];
    for (const [name, regionMembers] of [
      ['With KEN', members.slice(0, 6)],
      ['Without KEN', members.slice(0, 6).filter((c) => c !== members[5])],
    ] as const) {
      const res = await request(t.app.getHttpServer())
        .post('/api/groupings')
        .set('Authorization', `Bearer ${analyst}`)
        .send({ name, regions: [{ code: 'R', name, members: regionMembers }] })
        .expect(201);
      ids.push(res.body.id as string);
    }
    for (const id of ids)
      for (const path of [
        `/api/analytics/maturity?grouping=${id}`,
        `/api/analytics/gaps?grouping=${id}&year=2022`,
        `/api/analytics/difficulties?grouping=${id}&year=2022`,
        `/api/analytics/operations?grouping=${id}`,
        `/api/analytics/countries?grouping=${id}&year=2022`,
      ]) {
        const res = await get(t, viewer, path).expect(403);
        expect(res.body.message).toMatch(/^grouping: /);
      }
    const listed = (await get(t, viewer, '/api/groupings').expect(200)).body as { groupings: { id: string }[] };
    expect(listed.groupings.map((g) => g.id)).toEqual(['wco']);
  });

  it('reads no order statistic: no median, quartile or extreme of other administrations’ scores', () => {
    for (const o of worlds)
      for (const p of o.maturity.values()) {
        expect([p.median, p.p25, p.p75, p.min, p.max]).toEqual([null, null, null, null, null]);
      }
  });
});

describe('what national users can still use', () => {
  it('withholds exactly the cells of fewer than 3 administrations, saying so, with no count beside it', () => {
    for (const o of worlds)
      for (const cell of o.cells) {
        const p = o.maturity.get(cellKey(cell))!;
        expect(p.suppressed).toBe(cell.records.length < 3);
        if (p.suppressed) expect([p.assessed, p.mean, p.coverage]).toEqual([null, null, null]);
      }
  });

  it('keeps means of 10 or more administrations within ±3 points and counts within ±2 (or 10%)', () => {
    let errors = 0;
    let cellsChecked = 0;
    let meanError = 0;
    for (const o of worlds)
      for (const cell of o.cells.filter((c) => c.records.length >= 10)) {
        const p = o.maturity.get(cellKey(cell))!;
        const n = cell.records.length;
        const mean = cell.records.reduce((s, r) => s + r.overall, 0) / n;
        cellsChecked++;
        meanError += Math.abs(p.mean! - mean);
        if (Math.abs(p.mean! - mean) > 3) errors++;
        for (const d of DIMENSIONS) {
          const dimensionMean = cell.records.reduce((s, r) => s + r.dimensions[d], 0) / n;
          if (Math.abs(p.dimensions![d]! - dimensionMean) > 3) errors++;
        }
        if (Math.abs(p.assessed! - n) > Math.max(2, Math.floor(0.1 * n))) errors++;
        for (const level of ['1', '2', '3', '4', '5'] as const) {
          const exact = cell.records.filter((r) => String(r.level) === level).length;
          if (Math.abs(p.levels![level] - exact) > Math.max(2, Math.floor(0.1 * exact))) errors++;
        }
      }
    for (const o of worlds)
      for (const cell of o.cycleCells.filter((c) => c.records.length >= 10))
        for (const code of SCORED_CODES) {
          const item = o.gaps.get(`${cellKey(cell)}:${code}`)!;
          const exact = cell.records.filter((r) => r.gaps[code] === 1).length;
          if (Math.abs(item.withGap! - exact) > Math.max(2, Math.floor(0.1 * exact))) errors++;
          if (Math.abs(item.assessed! - cell.records.length) > Math.max(2, Math.floor(0.1 * cell.records.length)))
            errors++;
        }
    console.info(
      `[disclosure] utility: ${cellsChecked} cells of 10+, mean |error| ${(meanError / cellsChecked).toFixed(2)}`,
    );
    expect(cellsChecked).toBeGreaterThan(500);
    expect(errors).toBe(0);
  });

  it('gives analysts and admins the exact figures', () => {
    const { cells: all, exactMaturity } = current();
    for (const cell of all.filter((c) => c.records.length > 0)) {
      const p = exactMaturity.get(cellKey(cell))!;
      const mean = cell.records.reduce((s, r) => s + r.overall, 0) / cell.records.length;
      expect(p.assessed).toBe(cell.records.length);
      expect(p.mean).toBeCloseTo(mean, 3);
      expect(p.suppressed).toBe(false);
    }
  });

  it('answers the same figures to the same request (repeating gains nothing)', async () => {
    const { t, viewer, maturity } = current();
    const path = `/api/analytics/maturity?grouping=wco&from=${FIRST_YEAR}&to=${LAST_YEAR}`;
    const again = (await get(t, viewer, path).expect(200)).body as MaturityResponse;
    for (const p of again.series) expect(p).toEqual(maturity.get(cellKey({ grouping: 'wco', ...p })));
  });

  it('exports the same protected figures as CSV', async () => {
    const { t, viewer, maturity } = current();
    const res = await get(
      t,
      viewer,
      `/api/analytics/maturity?grouping=wco&from=2022&to=2022&format=csv&headers=fields`,
    ).expect(200);
    const lines = res.text.trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const esa = lines
      .slice(1)
      .find((l) => l.startsWith('ESA,'))!
      .split(',');
    const mean = Number(esa[header.indexOf('mean')]);
    expect(mean).toBe(maturity.get('wco:ESA:2022')!.mean);
  });
});
