import { WCO_MEMBERSHIPS, computeScoresUnderEveryVersion, type Answers, type Scores } from '@cpc/domain';
import { generateAnswers } from './demo-answers.js';
import { createRandom, seedOf } from './prng.js';

export const DEMO_FIRST_YEAR = 2016;
export const DEMO_LAST_YEAR = 2026;
const SEED = 'cpc-observatory-demo-v1';

/** Regional starting capacities and yearly progress: invented, to give the charts a shape. */
const REGION_PROFILES: Record<string, { start: number; progress: number }> = {
  EUR: { start: 0.58, progress: 0.018 },
  AMS: { start: 0.42, progress: 0.02 },
  AP: { start: 0.45, progress: 0.022 },
  MENA: { start: 0.33, progress: 0.02 },
  ESA: { start: 0.3, progress: 0.026 },
  WCA: { start: 0.24, progress: 0.028 },
};

export interface DemoAssessment {
  country: string;
  year: number;
  status: 'draft' | 'submitted' | 'validated' | 'returned';
  answers: Answers;
  /** Under every methodology version; empty for a draft. */
  scores: Scores[];
}

function assessmentYears(random: () => number): number[] {
  const years: number[] = [];
  // Late starters and long gaps leave some region-years thinly covered, as in real reporting.
  let year = DEMO_FIRST_YEAR + Math.floor(random() * 6);
  while (year <= DEMO_LAST_YEAR) {
    years.push(year);
    year += 1 + Math.floor(random() * 4);
  }
  return years;
}

function statusFor(year: number, random: () => number): DemoAssessment['status'] {
  const r = random();
  if (year < DEMO_LAST_YEAR - 1) return r < 0.9 ? 'validated' : 'submitted';
  if (r < 0.45) return 'validated';
  if (r < 0.8) return 'submitted';
  return r < 0.92 ? 'draft' : 'returned';
}

function levelNear(capacity: number, random: () => number): number {
  const computed = Math.min(5, Math.max(1, Math.floor(capacity * 5) + 1));
  const r = random();
  // Most administrations see themselves as they score; some over-rate, a few under-rate.
  const shift = r < 0.6 ? 0 : r < 0.88 ? 1 : -1;
  return Math.min(5, Math.max(1, computed + shift));
}

function countryPlan(region: string, country: string): DemoAssessment[] {
  const random = createRandom(seedOf(`${SEED}:${country}`));
  const profile = REGION_PROFILES[region] ?? { start: 0.4, progress: 0.02 };
  const offset = (random() - 0.5) * 0.3;
  // About one country in six regresses for a while.
  const regressFrom = random() < 0.17 ? DEMO_FIRST_YEAR + 3 + Math.floor(random() * 5) : Infinity;
  return assessmentYears(random).map((year) => {
    const elapsed = year - DEMO_FIRST_YEAR;
    const dip = year >= regressFrom ? 0.12 + 0.03 * (year - regressFrom) : 0;
    const capacity = Math.min(0.97, Math.max(0.03, profile.start + offset + profile.progress * elapsed - dip));
    const answers = generateAnswers(capacity, levelNear(capacity, random), random);
    const status = statusFor(year, random);
    return {
      country,
      year,
      status,
      answers,
      scores: status === 'draft' ? [] : (computeScoresUnderEveryVersion(answers) ?? []),
    };
  });
}

/**
 * Synthetic demo data: every WCO member country, some years each, 2016–2026, none before the year it joined.
 * Deterministic.
 */
export function buildDemoPlan(): DemoAssessment[] {
  return WCO_MEMBERSHIPS.flatMap((membership) =>
    countryPlan(membership.region, membership.iso3).filter((a) => a.year >= Number(membership.from.slice(0, 4))),
  );
}
