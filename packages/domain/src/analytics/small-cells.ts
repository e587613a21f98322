import type { MaturityPoint } from '../schemas/analytics.js';

/** A region-year built from fewer assessments than this is withheld from national users. */
export const SMALL_CELL_MIN = 3;

export const ALL_REGIONS = 'ALL';

export function isSmallCell(assessed: number): boolean {
  return assessed > 0 && assessed < SMALL_CELL_MIN;
}

function withheld(point: MaturityPoint): MaturityPoint {
  return {
    ...point,
    mean: null,
    median: null,
    p25: null,
    p75: null,
    min: null,
    max: null,
    levels: null,
    selfLevels: null,
    dimensions: null,
    suppressed: true,
  };
}

/**
 * The small-cell rule for national users. A region-year with 1 or 2 assessments is withheld. So that the
 * whole-grouping row cannot give it away by difference, that row is withheld too when the withheld regions
 * of the year hold fewer than 3 assessments between them; otherwise only its min and max (which are single
 * administrations' scores) are withheld.
 */
export function applySmallCellRule(points: MaturityPoint[]): MaturityPoint[] {
  const hiddenByYear = new Map<number, number>();
  for (const p of points) {
    if (p.region !== ALL_REGIONS && isSmallCell(p.assessed))
      hiddenByYear.set(p.year, (hiddenByYear.get(p.year) ?? 0) + p.assessed);
  }
  return points.map((p) => {
    if (p.region !== ALL_REGIONS) return isSmallCell(p.assessed) ? withheld(p) : p;
    const hidden = hiddenByYear.get(p.year) ?? 0;
    if (isSmallCell(p.assessed) || (hidden > 0 && hidden < SMALL_CELL_MIN)) return withheld(p);
    return hidden > 0 ? { ...p, min: null, max: null } : p;
  });
}

/**
 * The same rule for per-region cells of one kind (a gap item, an A.17 option): cells with 1 or 2
 * assessments are withheld, and the ALL cell of the same kind when the withheld cells hold fewer than 3.
 */
export function applySmallCellRuleToCells<T extends { region: string; assessed: number }>(
  cells: T[],
  kindOf: (cell: T) => string,
  withhold: (cell: T) => T,
): T[] {
  const hiddenByKind = new Map<string, number>();
  for (const c of cells) {
    if (c.region !== ALL_REGIONS && isSmallCell(c.assessed))
      hiddenByKind.set(kindOf(c), (hiddenByKind.get(kindOf(c)) ?? 0) + c.assessed);
  }
  return cells.map((c) => {
    const hidden = c.region === ALL_REGIONS ? (hiddenByKind.get(kindOf(c)) ?? 0) : 0;
    return isSmallCell(c.assessed) || (hidden > 0 && hidden < SMALL_CELL_MIN) ? withhold(c) : c;
  });
}
