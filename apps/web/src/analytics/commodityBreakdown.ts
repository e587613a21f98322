import {
  COMMODITIES,
  SEIZURE_UNITS,
  roundQuantity,
  type Commodity,
  type OperationsPoint,
  type SeizureUnit,
} from '@cpc/domain';

export interface CommodityTotal {
  commodity: Commodity;
  quantity: number;
  cases: number;
}

export interface UnitGroup {
  unit: SeizureUnit;
  /** Largest quantity first. */
  totals: CommodityTotal[];
}

/**
 * Seized quantities by commodity, one group per unit: kilograms, litres, pieces… are never added to each
 * other. Sums are kept to three decimals, as quantities are stored.
 */
export function commodityBreakdown(points: readonly OperationsPoint[]): UnitGroup[] {
  const byUnit = new Map<SeizureUnit, Map<Commodity, CommodityTotal>>();
  for (const point of points) {
    for (const { commodity, unit, quantity, cases } of point.quantities ?? []) {
      const totals = byUnit.get(unit) ?? new Map<Commodity, CommodityTotal>();
      const total = totals.get(commodity) ?? { commodity, quantity: 0, cases: 0 };
      totals.set(commodity, {
        commodity,
        quantity: roundQuantity(total.quantity + quantity),
        cases: total.cases + cases,
      });
      byUnit.set(unit, totals);
    }
  }
  return SEIZURE_UNITS.flatMap((unit) => {
    const totals = byUnit.get(unit);
    if (!totals) return [];
    const sorted = [...totals.values()].sort(
      (a, b) => b.quantity - a.quantity || COMMODITIES.indexOf(a.commodity) - COMMODITIES.indexOf(b.commodity),
    );
    return [{ unit, totals: sorted }];
  });
}
