import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ADD_RESULT_CONTRIBUTIONS_SQL,
  ADD_SEIZURE_CONTRIBUTIONS_SQL,
  DELETE_EMPTY_RESULT_ROLLUPS_SQL,
  DELETE_EMPTY_SEIZURE_ROLLUPS_SQL,
  RESULT_IDS_OF_OPERATIONS_SQL,
} from './operation-rollup.sql.js';

/**
 * Keeps `operation_result_rollup` and `operation_seizure_rollup` equal to the results and seizures summed by
 * country and end year (and commodity and unit). Writers subtract the contribution of the results they are
 * about to change or delete, write, then add the contribution of the results as they now stand, all in one
 * transaction: the cost follows what changed, not the size of the tables.
 */
@Injectable()
export class OperationRollupRepository {
  /** Adds (+1) or subtracts (-1) what these results, under their operations' end years, contribute. */
  async applyContributions(tx: EntityManager, resultIds: string[], sign: 1 | -1): Promise<void> {
    if (resultIds.length === 0) return;
    await tx.query(ADD_RESULT_CONTRIBUTIONS_SQL, [resultIds, sign]);
    await tx.query(ADD_SEIZURE_CONTRIBUTIONS_SQL, [resultIds, sign]);
    if (sign > 0) return;
    await tx.query(DELETE_EMPTY_RESULT_ROLLUPS_SQL);
    await tx.query(DELETE_EMPTY_SEIZURE_ROLLUPS_SQL);
  }

  /** The ids of these operations' results, whose contributions move when an operation moves or goes. */
  async findResultIdsOfOperations(tx: EntityManager, operationIds: string[]): Promise<string[]> {
    if (operationIds.length === 0) return [];
    const rows: { id: string }[] = await tx.query(RESULT_IDS_OF_OPERATIONS_SQL, [operationIds]);
    return rows.map((r) => r.id);
  }
}
