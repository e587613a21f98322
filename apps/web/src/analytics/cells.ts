import type { Dimension, MaturityPoint } from '@cpc/domain';

/**
 * What one figure of a region-year can be. "withheld" (a national user, fewer than three assessments)
 * and "notAssessed" (nothing to count) are never shown as a number, and never as each other.
 */
export type Cell = { state: 'value'; value: number } | { state: 'notAssessed' } | { state: 'withheld' };

export const NOT_ASSESSED: Cell = { state: 'notAssessed' };
export const WITHHELD: Cell = { state: 'withheld' };

export function valueCell(value: number | null | undefined): Cell {
  return value == null ? NOT_ASSESSED : { state: 'value', value };
}

/** The value of a cell, or null when it has none to draw. */
export function cellValue(cell: Cell): number | null {
  return cell.state === 'value' ? cell.value : null;
}

/** A heatmap column or a small multiple: the overall index or one dimension. */
export type Measure = 'overall' | Dimension;

/** One region-year's mean of the overall index or of a dimension. */
export function measureCell(point: MaturityPoint, measure: Measure): Cell {
  if (point.suppressed) return WITHHELD;
  if (point.assessed === 0) return NOT_ASSESSED;
  return valueCell(measure === 'overall' ? point.mean : point.dimensions?.[measure]);
}
