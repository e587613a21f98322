import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OperationFields } from './operation.repository.js';
import {
  ADD_RESULT_CONTRIBUTIONS_SQL,
  DELETE_EMPTY_RESULT_ROLLUPS_SQL,
  DELETE_EMPTY_SEIZURE_ROLLUPS_SQL,
  RESULT_IDS_OF_OPERATIONS_SQL,
} from './operation-rollup.sql.js';
import {
  ADD_PARTICIPATION_CONTRIBUTIONS_SQL,
  ADD_UNIT_CONTRIBUTIONS_SQL,
  DELETE_EMPTY_PARTICIPATION_SQL,
  DELETE_EMPTY_UNIT_ROLLUPS_SQL,
  LOG_AND_REPORT_CONTRIBUTIONS_SQL,
  LOG_CONTRIBUTIONS_SQL,
  REMOVE_REPORTING_SQL,
} from './operation-filter-rollup.sql.js';

/**
 * Keeps `operation_result_rollup` and `operation_seizure_rollup` equal to the results and seizures summed by
 * country and end year (and commodity and unit), the log of results for the region rollups (by programme,
 * activity set and commodity), the reporting rollup (each operation's reporting countries),
 * `operation_unit_rollup` (by joint unit) and `operation_participation_rollup` (participants by programme and
 * activity). Writers subtract the contribution of the results they are
 * about to change or delete, write, then add the contribution of the results as they now stand, all in one
 * transaction: the cost follows what changed, not the size of the tables.
 */
@Injectable()
export class OperationRollupRepository {
  /** Adds (+1) or subtracts (-1) what these results, under their operations' end years, contribute. */
  async applyContributions(tx: EntityManager, resultIds: string[], sign: 1 | -1): Promise<void> {
    if (resultIds.length === 0) return;
    await tx.query(ADD_RESULT_CONTRIBUTIONS_SQL, [resultIds, sign]);
    await tx.query(sign > 0 ? LOG_AND_REPORT_CONTRIBUTIONS_SQL : LOG_CONTRIBUTIONS_SQL, [resultIds, sign]);
    await tx.query(ADD_UNIT_CONTRIBUTIONS_SQL, [resultIds, sign]);
    if (sign > 0) return;
    for (const sql of REMOVE_REPORTING_SQL) await tx.query(sql, [resultIds]);
    await tx.query(DELETE_EMPTY_RESULT_ROLLUPS_SQL);
    await tx.query(DELETE_EMPTY_SEIZURE_ROLLUPS_SQL);
    // The results still stand (contributions leave before the write): their country-years are known.
    await tx.query(DELETE_EMPTY_UNIT_ROLLUPS_SQL, [resultIds]);
  }

  /**
   * Adds (+1) or subtracts (-1) what these operations' participants contribute to the participation rollup:
   * called before and after any write to an operation's dates, programme, activities, participants or results.
   */
  async applyParticipation(tx: EntityManager, operationIds: string[], sign: 1 | -1): Promise<void> {
    if (operationIds.length === 0) return;
    await tx.query(ADD_PARTICIPATION_CONTRIBUTIONS_SQL, [operationIds, sign]);
    if (sign < 0) await tx.query(DELETE_EMPTY_PARTICIPATION_SQL, [operationIds]);
  }

  /** The ids of these operations' results, whose contributions move when an operation moves or goes. */
  async findResultIdsOfOperations(tx: EntityManager, operationIds: string[]): Promise<string[]> {
    if (operationIds.length === 0) return [];
    const rows: { id: string }[] = await tx.query(RESULT_IDS_OF_OPERATIONS_SQL, [operationIds]);
    return rows.map((r) => r.id);
  }
}

/** What places an operation's results in the rollups: its end year, programme and activities;
 * results move between rollup rows when this changes. */
export function rollupKeysOf(o: Pick<OperationFields, 'endDate' | 'programme' | 'activities'>): string {
  return JSON.stringify([o.endDate.slice(0, 4), o.programme, [...o.activities].sort()]);
}
