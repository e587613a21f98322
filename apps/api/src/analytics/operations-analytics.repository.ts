import {
  CHECK_DATABASES,
  COMMODITIES,
  hitRate,
  type Activity,
  type Commodity,
  type DatabaseCheckTotal,
  type MethodologyVersion,
  type OperationsPoint,
  type OutcomeTotals,
  type Programme,
  type OperationsCellNoise,
  type Quantity,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { toNumber } from '../common/round.js';
import { cellKeyOfRow } from './cell-key-rows.js';
import { OPERATIONS_NOISE_SQL } from './operations-noise.sql.js';
import { OUTCOMES_SQL, PARTICIPATION_SQL, SUMMED, operationsSql } from './operations.sql.js';

export interface OperationsFilter {
  groupingId: string;
  from: number;
  to: number;
  programme: Programme | null;
  activity: Activity | null;
  commodity: Commodity | null;
}

export type OperationsRowPoint = Omit<OperationsPoint, 'regionName'>;

export interface CountryOutcome extends OutcomeTotals {
  country: string;
  region: string;
  /** null: no current assessment in the year. */
  overall: number | null;
}

type Numeric = string | number | null;
type OperationsRow = Record<string, Numeric> & {
  region: string;
  year: number;
  quantities: { commodity: Commodity; unit: Quantity['unit']; quantity: Numeric; cases: Numeric }[] | null;
};

@Injectable()
export class OperationsAnalyticsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Region/year outcomes computed by PostgreSQL, from the rollups unless a filter narrows the results. */
  async aggregateOperationsByRegionYear(filter: OperationsFilter): Promise<OperationsRowPoint[]> {
    const filtered = filter.programme !== null || filter.activity !== null || filter.commodity !== null;
    const range = [filter.groupingId, filter.from, filter.to];
    const rows: OperationsRow[] = await this.reads.query(
      operationsSql(filtered),
      filtered ? [...range, filter.programme, filter.activity, filter.commodity] : range,
    );
    return rows.map(toOperationsPoint);
  }

  /** What protecting the unfiltered figures needs, by `${region}:${year}`. */
  async findOperationsNoise(groupingId: string, from: number, to: number): Promise<Map<string, OperationsCellNoise>> {
    const rows: NoiseRow[] = await this.reads.query(OPERATIONS_NOISE_SQL, [groupingId, from, to]);
    return new Map(rows.map((r) => [`${r.region}:${r.year}`, toOperationsNoise(r)]));
  }

  async countParticipationByCountry(
    filter: Omit<OperationsFilter, 'commodity'>,
  ): Promise<{ country: string; region: string; operations: number; reported: number }[]> {
    return this.reads.query(PARTICIPATION_SQL, [
      filter.groupingId,
      filter.from,
      filter.to,
      filter.programme,
      filter.activity,
    ]);
  }

  /** Member countries with results in the year, their summed outcomes and current overall index. */
  async findOutcomesByCountry(
    groupingId: string,
    year: number,
    statuses: string[],
    methodology: MethodologyVersion,
  ): Promise<CountryOutcome[]> {
    const rows: (Record<string, Numeric> & { country: string; region: string })[] = await this.reads.query(
      OUTCOMES_SQL,
      [groupingId, year, statuses, methodology],
    );
    return rows.map((r) => ({
      country: r.country,
      region: r.region,
      overall: toNumber(r.overall_index),
      seizureCases: Number(r.seizure_cases),
      arrests: Number(r.arrests),
      controlledDeliveries: Number(r.controlled_deliveries),
      queries: Number(r.queries),
      hits: Number(r.hits),
    }));
  }
}

interface NoiseQuantity {
  commodity: string;
  unit: string;
  max_q: Numeric;
  key_q: Numeric;
  max_c: Numeric;
  key_c: Numeric;
}

type NoiseRow = Record<string, Numeric> & { region: string; year: number; quantities: NoiseQuantity[] | null };

function toOperationsNoise(row: NoiseRow): OperationsCellNoise {
  const magnitudes: OperationsCellNoise['magnitudes'] = Object.fromEntries(
    SUMMED.map((c) => [
      c,
      { largestConfidential: count(row[`max_${c}`] ?? null), keyUnits: count(row[`key_${c}`] ?? null) },
    ]),
  );
  magnitudes.seizure_cases = {
    largestConfidential: count(row.max_cases ?? null),
    keyUnits: count(row.key_cases ?? null),
  };
  for (const q of row.quantities ?? []) {
    magnitudes[`quantity:${q.commodity}:${q.unit}`] = { largestConfidential: count(q.max_q), keyUnits: count(q.key_q) };
    magnitudes[`cases:${q.commodity}:${q.unit}`] = { largestConfidential: count(q.max_c), keyUnits: count(q.key_c) };
  }
  return {
    countries: cellKeyOfRow(row, 'countries'),
    operations: cellKeyOfRow(row, 'operations'),
    magnitudes,
  };
}

function count(value: Numeric): number {
  return value === null ? 0 : Number(value);
}

function toOperationsPoint(row: OperationsRow): OperationsRowPoint {
  const databaseChecks: DatabaseCheckTotal[] = CHECK_DATABASES.map((database) => {
    const queries = count(row[`${database}_queries`] ?? null);
    const hits = count(row[`${database}_hits`] ?? null);
    return { database, queries, hits, hitRate: toNumber(hitRate(hits, queries)) };
  });
  const queries = databaseChecks.reduce((sum, c) => sum + c.queries, 0);
  const hits = databaseChecks.reduce((sum, c) => sum + c.hits, 0);
  const quantities = (row.quantities ?? [])
    .map((q) => ({ commodity: q.commodity, unit: q.unit, quantity: toNumber(q.quantity) ?? 0, cases: count(q.cases) }))
    .sort(
      (a, b) => COMMODITIES.indexOf(a.commodity) - COMMODITIES.indexOf(b.commodity) || a.unit.localeCompare(b.unit),
    );
  return {
    region: row.region,
    year: row.year,
    countries: count(row.countries ?? null),
    operations: count(row.operations ?? null),
    arrests: count(row.arrests ?? null),
    investigationsOpened: count(row.investigations_opened ?? null),
    controlledDeliveries: count(row.controlled_deliveries ?? null),
    personsChecked: count(row.persons_checked ?? null),
    seizureCases: count(row.seizure_cases ?? null),
    quantities,
    queries,
    hits,
    hitRate: toNumber(hitRate(hits, queries)),
    databaseChecks,
    suppressed: false,
  };
}
