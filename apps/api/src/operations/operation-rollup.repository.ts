import { CHECK_DATABASES } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const SUMMED = [
  'arrests',
  'investigations_opened',
  'controlled_deliveries',
  'persons_checked',
  ...CHECK_DATABASES.flatMap((d) => [`${d}_queries`, `${d}_hits`]),
];

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
    await tx.query(
      `INSERT INTO operation_result_rollup AS u (country_iso3, year, results, ${SUMMED.join(', ')})
       SELECT r.country_iso3, o.end_year, $2 * count(*), ${SUMMED.map((c) => `$2 * coalesce(sum(r.${c}), 0)`).join(', ')}
       FROM operation_results r
       JOIN operations o ON o.id = r.operation_id
       WHERE r.id = ANY($1::uuid[])
       GROUP BY r.country_iso3, o.end_year
       ON CONFLICT (country_iso3, year) DO UPDATE
         SET results = u.results + excluded.results, ${SUMMED.map((c) => `${c} = u.${c} + excluded.${c}`).join(', ')}`,
      [resultIds, sign],
    );
    await tx.query(
      `INSERT INTO operation_seizure_rollup AS u (country_iso3, year, commodity, unit, cases, quantity, seizures)
       SELECT r.country_iso3, o.end_year, s.commodity, s.unit, $2 * sum(s.cases), $2 * sum(s.quantity), $2 * count(*)
       FROM operation_seizures s
       JOIN operation_results r ON r.id = s.result_id
       JOIN operations o ON o.id = r.operation_id
       WHERE s.result_id = ANY($1::uuid[])
       GROUP BY r.country_iso3, o.end_year, s.commodity, s.unit
       ON CONFLICT (country_iso3, year, commodity, unit) DO UPDATE
         SET cases = u.cases + excluded.cases, quantity = u.quantity + excluded.quantity,
             seizures = u.seizures + excluded.seizures`,
      [resultIds, sign],
    );
    if (sign > 0) return;
    await tx.query(`DELETE FROM operation_result_rollup WHERE results = 0`);
    await tx.query(`DELETE FROM operation_seizure_rollup WHERE seizures = 0`);
  }

  /** The ids of these operations' results, whose contributions move when an operation moves or goes. */
  async findResultIdsOfOperations(tx: EntityManager, operationIds: string[]): Promise<string[]> {
    if (operationIds.length === 0) return [];
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM operation_results WHERE operation_id = ANY($1::uuid[])`,
      [operationIds],
    );
    return rows.map((r) => r.id);
  }
}
