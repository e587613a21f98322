import type { OperationsPoint } from '../schemas/operations-analytics.js';
import { applySmallCellRuleToCells } from './small-cells.js';

function withheld(point: OperationsPoint): OperationsPoint {
  return {
    ...point,
    operations: null,
    arrests: null,
    investigationsOpened: null,
    controlledDeliveries: null,
    personsChecked: null,
    seizureCases: null,
    quantities: null,
    queries: null,
    hits: null,
    hitRate: null,
    databaseChecks: null,
    suppressed: true,
  };
}

/**
 * The small-cell rule on operational outcomes, counted in reporting countries: a region-year reported by 1
 * or 2 countries is withheld, and so is the year's ALL row when the withheld regions hold fewer than 3.
 */
export function applySmallCellRuleToOperations(points: OperationsPoint[]): OperationsPoint[] {
  type Cell = OperationsPoint & { assessed: number };
  const cells: Cell[] = points.map((p) => ({ ...p, assessed: p.countries }));
  return applySmallCellRuleToCells<Cell>(
    cells,
    (c) => String(c.year),
    (c) => ({ ...withheld(c), assessed: c.assessed }),
  ).map(({ assessed: _, ...p }) => p);
}
