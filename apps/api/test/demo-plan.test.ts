import { WCO_GROUPING, findMissingItems, validateAnswers } from '@cpc/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_FIRST_YEAR, DEMO_LAST_YEAR, buildDemoPlan } from '../src/demo/demo-plan.js';
import { buildDemoOperations } from '../src/demo/demo-operations-plan.js';

const plan = buildDemoPlan();
const counted = plan.filter((a) => a.status === 'submitted' || a.status === 'validated');

describe('the synthetic demo data', () => {
  it('is deterministic', () => {
    expect(buildDemoPlan()).toEqual(plan);
  });

  it('covers every WCO member country, within 2016–2026, but not every year', () => {
    // The members of 2023, and Palau and Saint Vincent and the Grenadines, who joined in 2024 and 2025.
    const members = [...WCO_GROUPING.regions.flatMap((r) => r.members), 'PLW', 'VCT'];
    expect(new Set(plan.map((a) => a.country))).toEqual(new Set(members));
    expect(plan.every((a) => a.year >= DEMO_FIRST_YEAR && a.year <= DEMO_LAST_YEAR)).toBe(true);
    expect(plan.length).toBeLessThan(members.length * (DEMO_LAST_YEAR - DEMO_FIRST_YEAR + 1) * 0.8);
  });

  it('has no assessment of a year before the country joined the WCO', () => {
    // The accessions after 2015, by year (SOURCES.md): a country's first assessment is of that year or later.
    const joined = { XKX: 2017, ATG: 2017, SUR: 2018, GNQ: 2021, SLB: 2023, PLW: 2024, VCT: 2025 };
    for (const [country, year] of Object.entries(joined)) {
      const years = plan.filter((a) => a.country === country).map((a) => a.year);
      expect(Math.min(...years), country).toBeGreaterThanOrEqual(year);
    }
  });

  it('has no country in an operation that ended before it joined the WCO', () => {
    const joined: Record<string, number> = {
      XKX: 2017,
      ATG: 2017,
      SUR: 2018,
      GNQ: 2021,
      SLB: 2023,
      PLW: 2024,
      VCT: 2025,
    };
    for (const operation of buildDemoOperations(plan))
      for (const country of operation.countries)
        expect(Number(operation.endDate.slice(0, 4)), `${operation.code} ${country}`).toBeGreaterThanOrEqual(
          joined[country] ?? 0,
        );
  });

  it('holds only valid answer sets, complete wherever they are scored', () => {
    for (const a of plan) {
      expect(validateAnswers(a.answers)).toEqual([]);
      expect(findMissingItems(a.answers)).toEqual([]);
      expect(a.scores.length === 0).toBe(a.status === 'draft');
    }
  });

  it('has some drafts and returned assessments, which analytics ignore', () => {
    expect(plan.some((a) => a.status === 'draft')).toBe(true);
    expect(plan.some((a) => a.status === 'returned')).toBe(true);
  });

  it('mostly improves, with some regressions', () => {
    let up = 0;
    let down = 0;
    const byCountry = new Map<string, typeof counted>();
    for (const a of counted) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
    for (const list of byCountry.values()) {
      const sorted = list.sort((a, b) => a.year - b.year);
      const first = sorted[0]!.scores[0]!.overall;
      const last = sorted[sorted.length - 1]!.scores[0]!.overall;
      if (last > first) up++;
      if (last < first) down++;
    }
    expect(up).toBeGreaterThan(down * 2);
    expect(down).toBeGreaterThan(0);
  });

  it('has self-assessed levels that sometimes disagree with the computed level', () => {
    const disagree = counted.filter((a) => a.scores[0]!.selfLevel !== a.scores[0]!.level).length;
    expect(disagree).toBeGreaterThan(counted.length * 0.1);
    expect(disagree).toBeLessThan(counted.length * 0.9);
  });

  it('differs by region', () => {
    const mean = (region: string) => {
      const members = new Set(WCO_GROUPING.regions.find((r) => r.code === region)!.members);
      const scores = counted.filter((a) => members.has(a.country)).map((a) => a.scores[0]!.overall);
      return scores.reduce((x, y) => x + y, 0) / scores.length;
    };
    expect(mean('EUR') - mean('WCA')).toBeGreaterThan(10);
  });
});
