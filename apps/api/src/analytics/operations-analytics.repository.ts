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
import { OPERATION_CELLS_SQL } from './operation-cells.sql.js';
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

export interface UnfilteredOperations {
  rows: OperationsRowPoint[];
  noise: Map<string, OperationsCellNoise>;
}

/** An operation cell as read: null figures and noise where no result counts in the region and year. */
interface CellRow {
  region: string;
  year: number;
  figures: Omit<OperationsRow, 'region' | 'year'> | null;
  noise: Omit<NoiseRow, 'region' | 'year'> | null;
}

@Injectable()
export class OperationsAnalyticsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Region/year outcomes under a programme, activity or commodity filter, summed by PostgreSQL from the filtered rollups. */
  async aggregateFilteredOperations(filter: OperationsFilter): Promise<OperationsRowPoint[]> {
    const rows: OperationsRow[] = await this.reads.query(operationsSql(true), [
      filter.groupingId,
      filter.from,
      filter.to,
      filter.programme,
      filter.activity,
      filter.commodity,
    ]);
    return rows.map(toOperationsPoint);
  }

  /**
   * The unfiltered region/year outcomes, and what protecting them needs by `${region}:${year}`, read from the
   * operation cells (kept at each write by refresh_maturity_cells()).
   */
  async findUnfilteredOperations(groupingId: string, from: number, to: number): Promise<UnfilteredOperations> {
    const cells: CellRow[] = await this.reads.query(OPERATION_CELLS_SQL, [groupingId, from, to]);
    const noise = new Map<string, OperationsCellNoise>();
    for (const c of cells)
      if (c.noise)
        noise.set(
          `${c.region}:${c.year}`,
          toOperationsNoise({ quantities: null, ...c.noise, region: c.region, year: c.year }),
        );
    const rows = cells.map((c) =>
      toOperationsPoint({ quantities: null, ...c.figures, region: c.region, year: c.year }),
    );
    return { rows, noise };
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
