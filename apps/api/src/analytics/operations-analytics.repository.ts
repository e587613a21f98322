import {
  CHECK_DATABASES,
  COMMODITIES,
  hitRate,
  type Activity,
  type Commodity,
  type DatabaseCheckTotal,
  type OperationsPoint,
  type OutcomeTotals,
  type Programme,
  type Quantity,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toNumber } from '../common/round.js';
import { OUTCOMES_SQL, PARTICIPATION_SQL, operationsSql } from './operations.sql.js';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Region/year outcomes computed by PostgreSQL, from the rollups unless a filter narrows the results. */
  async aggregateOperationsByRegionYear(filter: OperationsFilter): Promise<OperationsRowPoint[]> {
    const filtered = filter.programme !== null || filter.activity !== null || filter.commodity !== null;
    const range = [filter.groupingId, filter.from, filter.to];
    const rows: OperationsRow[] = await this.dataSource.query(
      operationsSql(filtered),
      filtered ? [...range, filter.programme, filter.activity, filter.commodity] : range,
    );
    return rows.map(toOperationsPoint);
  }

  async countParticipationByCountry(
    filter: Omit<OperationsFilter, 'commodity'>,
  ): Promise<{ country: string; region: string; operations: number; reported: number }[]> {
    return this.dataSource.query(PARTICIPATION_SQL, [
      filter.groupingId,
      filter.from,
      filter.to,
      filter.programme,
      filter.activity,
    ]);
  }

  /** Member countries with results in the year, their summed outcomes and current overall index. */
  async findOutcomesByCountry(groupingId: string, year: number, statuses: string[]): Promise<CountryOutcome[]> {
    const rows: (Record<string, Numeric> & { country: string; region: string })[] = await this.dataSource.query(
      OUTCOMES_SQL,
      [groupingId, year, statuses],
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
