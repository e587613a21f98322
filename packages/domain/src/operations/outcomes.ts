import type { OutcomeMetric } from './vocabularies.js';
import { pearson, spearman } from './correlation.js';

/** A country's results over one year, summed. */
export interface OutcomeTotals {
  seizureCases: number;
  arrests: number;
  controlledDeliveries: number;
  queries: number;
  hits: number;
}

/** The metric of a country-year; `hitRate` is hits / queries of the summed checks, and undefined without queries. */
export function outcomeValue(metric: OutcomeMetric, totals: OutcomeTotals): number | null {
  switch (metric) {
    case 'seizureCases':
      return totals.seizureCases;
    case 'arrests':
      return totals.arrests;
    case 'controlledDeliveries':
      return totals.controlledDeliveries;
    case 'hitRate':
      return hitRate(totals.hits, totals.queries);
  }
}

export function hitRate(hits: number, queries: number): number | null {
  return queries === 0 ? null : hits / queries;
}

/** Pearson and Spearman over the points that have a value; `n` is how many those are. */
export function correlate(points: readonly { overall: number; value: number | null }[]): {
  pearson: number | null;
  spearman: number | null;
  n: number;
} {
  const pairs = points.filter((p): p is { overall: number; value: number } => p.value !== null);
  const xs = pairs.map((p) => p.overall);
  const ys = pairs.map((p) => p.value);
  return { pearson: pearson(xs, ys), spearman: spearman(xs, ys), n: pairs.length };
}
