import { cellKey, type Cell, type World, type WorldRecord } from './disclosure-world.js';

/**
 * The differencing attacker, written from the attack's description, not from the code under test. A
 * statistic is a value per record and its published total per cell (a mean × n, or a count). The attacker
 * knows its own administration's values and those of every administration that shares its figures.
 */
export interface Statistic {
  name: string;
  truth(r: WorldRecord): number;
  /** The published total over the cell, null when withheld. */
  published(cell: Cell): number | null;
}

export interface Target {
  truth: number;
  estimates: number[];
}

function knownTo(world: World, r: WorldRecord): boolean {
  return r.country === world.attacker || world.shared.has(r.country);
}

function sumOf(stat: Statistic, records: WorldRecord[]): number {
  return records.reduce((s, r) => s + stat.truth(r), 0);
}

function add(targets: Map<string, Target>, stat: Statistic, x: WorldRecord, estimate: number): void {
  const key = `${x.id}:${stat.name}`;
  const target = targets.get(key) ?? { truth: stat.truth(x), estimates: [] };
  // The same cells seen again (a cell unchanged over years) give the same figure: nothing new to average.
  if (!target.estimates.some((e) => Math.abs(e - estimate) < 1e-9)) target.estimates.push(estimate);
  targets.set(key, target);
}

/**
 * Every estimate of a confidential administration's value: from each pair of consecutive years of a cell
 * whose unknown records differ by that one administration (its assessment appears or leaves), and from each
 * cell in which it is the only unknown contributor.
 */
export function attack(world: World, all: Cell[], stat: Statistic): Map<string, Target> {
  const targets = new Map<string, Target>();
  const byKey = new Map(all.map((c) => [cellKey(c), c]));
  for (const cell of all) {
    const now = stat.published(cell);
    if (now === null) continue;
    const unknown = cell.records.filter((r) => !knownTo(world, r));
    const single = unknown[0];
    if (unknown.length === 1 && single)
      add(
        targets,
        stat,
        single,
        now -
          sumOf(
            stat,
            cell.records.filter((r) => knownTo(world, r)),
          ),
      );
    const before = byKey.get(cellKey({ ...cell, year: cell.year - 1 }));
    const then = before ? stat.published(before) : null;
    if (!before || then === null) continue;
    const added = cell.records.filter((r) => !before.records.includes(r));
    const removed = before.records.filter((r) => !cell.records.includes(r));
    const changedUnknown = [...added, ...removed].filter((r) => !knownTo(world, r));
    const x = changedUnknown[0];
    if (changedUnknown.length !== 1 || !x) continue;
    const knownChange =
      sumOf(
        stat,
        added.filter((r) => knownTo(world, r)),
      ) -
      sumOf(
        stat,
        removed.filter((r) => knownTo(world, r)),
      );
    const sign = added.includes(x) ? 1 : -1;
    add(targets, stat, x, sign * (now - then - knownChange));
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
