import type {
  JointUnitType,
  MagnitudeNoise,
  OperationUnitsCellNoise,
  OperationUnitsPoint,
  UnitOutcome,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { cellKeyOfRow } from './cell-key-rows.js';
import { OPERATION_UNITS_SQL, UNIT_MAGNITUDES, UNIT_OUTCOMES_SQL } from './operation-units.sql.js';

type Row = Record<string, unknown> & { region: string; year: number; unitType: JointUnitType; countries: number };

export type OperationUnitsRowPoint = Omit<OperationUnitsPoint, 'regionName'>;

const num = (v: unknown): number => Number(v ?? 0);

@Injectable()
export class OperationUnitsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Per joint unit of a member country: its results, arrests and seizure cases, computed by PostgreSQL. */
  async sumByUnit(groupingId: string, from: number, to: number): Promise<UnitOutcome[]> {
    return this.reads.query(UNIT_OUTCOMES_SQL, [groupingId, from, to]);
  }

  /** Per region (plus ALL), end year and unit type: the results of the register's joint units. */
  async aggregateByRegionYearType(
    groupingId: string,
    from: number,
    to: number,
  ): Promise<{ point: OperationUnitsRowPoint; noise: OperationUnitsCellNoise }[]> {
    const rows: Row[] = await this.reads.query(OPERATION_UNITS_SQL, [groupingId, from, to]);
    return rows.map((r) => {
      const magnitudes: Record<string, MagnitudeNoise> = Object.fromEntries(
        UNIT_MAGNITUDES.map((m) => [m, { largestConfidential: num(r[`max_${m}`]), keyUnits: num(r[`key_${m}`]) }]),
      );
      const point: OperationUnitsRowPoint = {
        region: r.region,
        year: r.year,
        unitType: r.unitType,
        countries: r.countries,
        units: num(r.sum_units),
        results: num(r.sum_results),
        arrests: num(r.sum_arrests),
        seizureCases: num(r.sum_seizureCases),
        suppressed: false,
      };
      return { point, noise: { countries: cellKeyOfRow(r, 'countries'), magnitudes } };
    });
  }
}
