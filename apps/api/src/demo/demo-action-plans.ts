import {
  findItem,
  GAP_THRESHOLD,
  recommendationFor,
  type ActionLead,
  type ActionStatus,
  type StatusChange,
} from '@cpc/domain';
import type { ActionWrite } from '../action-plans/action-rows.js';
import type { DemoAssessment } from './demo-plan.js';
import { createRandom, seedOf } from './prng.js';

const SEED = 'cpc-observatory-demo-actions-v1';

const OWNERS: Record<ActionLead, string> = {
  customs: 'Directorate General of Customs, risk management unit',
  police: 'National Police, criminal investigation department',
  joint: 'Customs–police coordination committee',
  other: 'Ministry of Finance, reform office',
};
const LEADS: readonly ActionLead[] = ['customs', 'police', 'joint', 'joint', 'other'];

/** The demo's submissions are dated 30 June of their year (never after now), as the loader stores them. */
const submittedOn = (year: number, today: string): string => min(`${year}-06-30`, today);
const min = (a: string, b: string): string => (a < b ? a : b);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The items under 0.5 points (v1) of a demo assessment, in instrument order. */
function gapsOf(a: DemoAssessment): string[] {
  const items = a.scores.find((s) => s.methodologyVersion === 'v1')?.items ?? {};
  return Object.entries(items)
    .filter(([, points]) => points < GAP_THRESHOLD)
    .map(([code]) => code);
}

/** The handbook's solution for the item, or the plan's own words where the handbook has none. */
function textFor(code: string): string {
  const item = findItem(code);
  if (!item) return `Close the gap on ${code}`;
  const recommendation = recommendationFor(item);
  const text = recommendation.solutionsFromGuidance
    ? `Address ${code}: ${item.gaps.en || item.question.en}`
    : recommendation.solutions.en;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.length > 300 ? `${trimmed.slice(0, 297)}…` : trimmed || `Close the gap on ${code}`;
}

function action(
  country: string,
  items: string[],
  lead: ActionLead,
  dates: { start: string; target: string },
  history: StatusChange[],
): ActionWrite {
  const status: ActionStatus = history.at(-1)?.status ?? 'planned';
  const last = history.at(-1)?.date ?? dates.start;
  return {
    country,
    text: textFor(items[0] ?? ''),
    items,
    lead,
    owner: OWNERS[lead],
    start: dates.start,
    target: dates.target,
    status,
    statusHistory: history,
    doneAt: status === 'done' ? `${last}T00:00:00.000Z` : null,
    notes: status === 'done' ? 'Completed; evidence filed with the national coordinator.' : '',
    instrumentId: null,
    analystComment: null,
  };
}

/**
 * Actions addressing the gaps of an assessment followed by another: mostly done between the two submissions
 * (the next one then shows whether the gap closed), some dropped.
 */
function pastActions(country: string, prev: DemoAssessment, next: DemoAssessment, random: () => number, today: string) {
  const from = submittedOn(prev.year, today);
  const until = submittedOn(next.year, today);
  return gapsOf(prev)
    .filter(() => random() < 0.5)
    .slice(0, 3)
    .map((code) => {
      const lead = LEADS[Math.floor(random() * LEADS.length)] ?? 'joint';
      const start = addDays(from, 15);
      const target = addDays(start, 180 + Math.floor(random() * 180));
      const done = min(addDays(start, 60 + Math.floor(random() * 120)), addDays(until, -1));
      const history: StatusChange[] =
        random() < 0.8
          ? [
              { status: 'planned', date: start },
              { status: 'in_progress', date: addDays(start, 30) },
              { status: 'done', date: done },
            ]
          : [
              { status: 'planned', date: start },
              { status: 'dropped', date: addDays(start, 90) },
            ];
      return action(country, [code], lead, { start, target }, history);
    });
}

/** Actions on the latest assessment's gaps: planned or in progress, some already past their target. */
function openActions(country: string, latest: DemoAssessment, random: () => number, today: string) {
  return gapsOf(latest)
    .filter(() => random() < 0.4)
    .slice(0, 2)
    .map((code) => {
      const lead = LEADS[Math.floor(random() * LEADS.length)] ?? 'joint';
      const start = min(addDays(submittedOn(latest.year, today), 30), today);
      const overdue = random() < 0.35;
      const target = overdue
        ? min(addDays(start, 90), addDays(today, -10))
        : addDays(today, 120 + Math.floor(random() * 300));
      const history: StatusChange[] = [{ status: 'planned', date: start }];
      if (random() < 0.5) history.push({ status: 'in_progress', date: min(addDays(start, 20), today) });
      return action(country, [code], lead, { start: min(start, target), target }, history);
    });
}

/**
 * Plausible national action plans, deterministic: about half the demo countries are drawn, and those whose
 * counted assessments have gaps keep a plan built from them (docs/action-plans.md).
 */
export function buildDemoActionPlans(plan: readonly DemoAssessment[], today: string): ActionWrite[] {
  const byCountry = new Map<string, DemoAssessment[]>();
  for (const a of plan)
    if (a.status === 'submitted' || a.status === 'validated')
      byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
  const actions: ActionWrite[] = [];
  for (const [country, assessments] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
    const random = createRandom(seedOf(`${SEED}:${country}`));
    if (random() >= 0.5) continue;
    const counted = [...assessments].sort((a, b) => a.year - b.year);
    const latest = counted.at(-1);
    const prev = counted.at(-2);
    if (prev && latest) actions.push(...pastActions(country, prev, latest, random, today));
    if (latest) actions.push(...openActions(country, latest, random, today));
  }
  return actions;
}
