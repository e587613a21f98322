import type { DatabaseCheck, Seizure } from '../schemas/operations.js';
import { CHECK_DATABASES, COMMODITIES, SEIZURE_UNITS, type UnitType } from './vocabularies.js';

/** What a reported result says, whoever reported it (the API, the import, the demo). */
export interface ResultContent {
  unitType: UnitType;
  unitName: string | null;
  arrests: number;
  investigationsOpened: number;
  controlledDeliveries: number;
  personsChecked: number;
  databaseChecks: DatabaseCheck[];
  seizures: Seizure[];
  /** The register's joint unit that achieved the result (an instrument of kind joint_unit), if named. */
  jointUnitId?: string | null;
}

/** Quantities are kept to three decimals (grams, millilitres, cents are fine enough). */
export function roundQuantity(quantity: number): number {
  return Math.round(quantity * 1000) / 1000;
}

export function sortDatabaseChecks(checks: readonly DatabaseCheck[]): DatabaseCheck[] {
  return [...checks].sort((a, b) => CHECK_DATABASES.indexOf(a.database) - CHECK_DATABASES.indexOf(b.database));
}

export function sortSeizures(seizures: readonly Seizure[]): Seizure[] {
  const rank = (s: Seizure) => COMMODITIES.indexOf(s.commodity) * SEIZURE_UNITS.length + SEIZURE_UNITS.indexOf(s.unit);
  return [...seizures].sort((a, b) => rank(a) - rank(b));
}

/**
 * One text per distinct content, whatever the order of the lists: two reports of the same figures give the
 * same text. Re-importing a file compares these to leave unchanged results alone.
 */
export function canonicalResultContent(result: ResultContent): string {
  return JSON.stringify([
    result.unitType,
    result.unitName ?? null,
    result.arrests,
    result.investigationsOpened,
    result.controlledDeliveries,
    result.personsChecked,
    sortDatabaseChecks(result.databaseChecks).map((c) => [c.database, c.queries, c.hits]),
    sortSeizures(result.seizures).map((s) => [s.commodity, s.unit, s.cases, roundQuantity(s.quantity).toFixed(3)]),
    // Only a linked result says its unit: the content of the others (and their hashes) stays what it was.
    ...(result.jointUnitId ? [result.jointUnitId] : []),
  ]);
}
