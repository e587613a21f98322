import { cellKey } from './disclosure-world.js';

/**
 * The differencing attacker, written from the attack's description, not from the code under test. A
 * statistic is a value per record and its published total per cell (a mean × n, or a count). The attacker
 * knows its own administration's values and those of every administration that shares its figures.
 */
export interface AttackRecord {
  id: string;
  country: string;
}

export interface AttackCell<R extends AttackRecord> {
  grouping: string;
  region: string;
  year: number;
  records: R[];
}

export interface Statistic<R extends AttackRecord> {
  name: string;
  truth(r: R): number;
  /** The published total over the cell, null when withheld. */
  published(cell: AttackCell<R>): number | null;
}

/** Whose figures the attacker knows: its own administration's and those shared with members. */
export type Known<R> = (r: R) => boolean;

export interface Target {
  truth: number;
  estimates: number[];
}

function sumOf<R extends AttackRecord>(stat: Statistic<R>, records: R[]): number {
  return records.reduce((s, r) => s + stat.truth(r), 0);
}

function add<R extends AttackRecord>(targets: Map<string, Target>, stat: Statistic<R>, x: R, estimate: number): void {
  const key = `${x.id}:${stat.name}`;
  const target = targets.get(key) ?? { truth: stat.truth(x), estimates: [] };
  // The same cells seen again (a cell unchanged over years) give the same figure: nothing new to average.
  if (!target.estimates.some((e) => Math.abs(e - estimate) < 1e-9)) target.estimates.push(estimate);
  targets.set(key, target);
}

/**
 * The estimate from two cells whose unknown records differ by exactly one, `x`: the difference of their
 * published totals, less what the attacker knows of the other changes; null when they differ otherwise.
 */
function difference<R extends AttackRecord>(
  known: Known<R>,
  stat: Statistic<R>,
  a: AttackCell<R>,
  b: AttackCell<R>,
): { x: R; estimate: number } | null {
  const pa = stat.published(a);
  const pb = stat.published(b);
  if (pa === null || pb === null) return null;
  const ids = (c: AttackCell<R>) => new Set(c.records.map((r) => r.id));
  const [inA, inB] = [ids(a), ids(b)];
  const added = a.records.filter((r) => !inB.has(r.id));
  const removed = b.records.filter((r) => !inA.has(r.id));
  const unknown = [...added, ...removed].filter((r) => !known(r));
  const x = unknown[0];
  if (unknown.length !== 1 || !x) return null;
  const knownChange = sumOf(stat, added.filter(known)) - sumOf(stat, removed.filter(known));
  const sign = added.includes(x) ? 1 : -1;
  return { x, estimate: sign * (pa - pb - knownChange) };
}

/**
 * Every estimate of a confidential administration's value: from each cell in which it is the only unknown
 * contributor, and from each pair of cells whose unknown records differ by that one administration, be they
 * consecutive years of a region (its assessment appears or leaves) or two regions of the same year (the WCO
 * and UN regions that differ by one member).
 */
export function attack<R extends AttackRecord>(
  known: Known<R>,
  all: AttackCell<R>[],
  stat: Statistic<R>,
): Map<string, Target> {
  const targets = new Map<string, Target>();
  const byKey = new Map(all.map((c) => [cellKey(c), c]));
  const byYear = new Map<number, AttackCell<R>[]>();
  for (const cell of all) byYear.set(cell.year, [...(byYear.get(cell.year) ?? []), cell]);
  for (const cell of all) {
    const now = stat.published(cell);
    if (now === null) continue;
    const unknown = cell.records.filter((r) => !known(r));
    const single = unknown[0];
    if (unknown.length === 1 && single) add(targets, stat, single, now - sumOf(stat, cell.records.filter(known)));
    const before = byKey.get(cellKey({ ...cell, year: cell.year - 1 }));
    const pairs = [...(before ? [before] : []), ...(byYear.get(cell.year) ?? []).filter((c) => c !== cell)];
    for (const other of pairs) {
      const found = difference(known, stat, cell, other);
      if (found) add(targets, stat, found.x, found.estimate);
    }
  }
  return targets;
}

export interface Rates {
  attempts: number;
  successes: number;
  rate: number;
}

function rate(successes: number, attempts: number): Rates {
  return { attempts, successes, rate: attempts === 0 ? 0 : successes / attempts };
}

/** Each estimate on its own, and the mean of every estimate of the same target (the averaging attack). */
export function successRates(
  targets: Map<string, Target>[],
  success: (estimate: number, truth: number) => boolean,
): { single: Rates; averaged: Rates } {
  let single = 0;
  let singleAttempts = 0;
  let averaged = 0;
  let averagedAttempts = 0;
  for (const map of targets)
    for (const t of map.values()) {
      for (const e of t.estimates) {
        singleAttempts++;
        if (success(e, t.truth)) single++;
      }
      averagedAttempts++;
      if (success(t.estimates.reduce((s, e) => s + e, 0) / t.estimates.length, t.truth)) averaged++;
    }
  return { single: rate(single, singleAttempts), averaged: rate(averaged, averagedAttempts) };
}

/** How many targets had more than one estimate to average (the averaging attack's reach). */
export function averagedTargets(targets: Map<string, Target>[]): number {
  return targets.reduce((n, map) => n + [...map.values()].filter((t) => t.estimates.length > 1).length, 0);
}
