import type { AssessmentStatus, RawAssessment, RawOperationResult } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  BEGIN_READ_ONLY_SQL,
  COMMIT_SQL,
  declareExportCursorSql,
  fetchFromExportCursorSql,
  LIMIT_IDLE_TRANSACTION_SQL,
  RAW_ASSESSMENTS_SQL,
  RAW_OPERATION_RESULTS_SQL,
  ROLLBACK_SQL,
} from './raw-exports.sql.js';

/** Rows per round trip: 2,000 rows of the assessments layout are about 400 KB of CSV. */
const ASSESSMENTS_PER_BATCH = 2000;

/** Results per round trip: about 2,000 rows of the export when a result reports 20 seizures. */
const RESULTS_PER_BATCH = 100;

/**
 * The raw exports' reads, streamed from server-side cursors. The SQL aliases every column to the domain's row
 * types, and pg already gives integers and doubles as numbers and parses JSON; dates are cast to text and
 * quantities stay numeric text: the rows need no conversion.
 */
@Injectable()
export class RawExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Assessments of these statuses with their stored scores, by country and year. */
  streamAssessments(statuses: readonly AssessmentStatus[]): AsyncGenerator<RawAssessment[], void, undefined> {
    return this.streamBatches<RawAssessment>(RAW_ASSESSMENTS_SQL, [statuses], ASSESSMENTS_PER_BATCH);
  }

  /** Reported results with their operation and seizures, by operation code and country. */
  streamOperationResults(): AsyncGenerator<RawOperationResult[], void, undefined> {
    return this.streamBatches<RawOperationResult>(RAW_OPERATION_RESULTS_SQL, [], RESULTS_PER_BATCH);
  }

  /**
   * The rows of `sql`, batch by batch, from a server-side cursor on a connection of its own: memory stays the
   * same however many rows there are, and the whole read sees one snapshot. The consumer may stop early
   * (break or throw, e.g. when the client disconnects): the transaction is then rolled back and the
   * connection goes back to the pool all the same.
   */
  private async *streamBatches<T>(
    sql: string,
    parameters: unknown[],
    batchRows: number,
  ): AsyncGenerator<T[], void, undefined> {
    const runner = this.dataSource.createQueryRunner();
    let inTransaction = false;
    try {
      await runner.query(BEGIN_READ_ONLY_SQL);
      inTransaction = true;
      await runner.query(LIMIT_IDLE_TRANSACTION_SQL);
      await runner.query(declareExportCursorSql(sql), parameters);
      for (;;) {
        // The rows as pg gives them: the statement's aliases make them the caller's row type.
        const rows = (await runner.query(fetchFromExportCursorSql(batchRows))) as T[];
        if (rows.length > 0) yield rows;
        if (rows.length < batchRows) break;
      }
      await runner.query(COMMIT_SQL);
      inTransaction = false;
    } finally {
      // A broken connection cannot roll back; the pool drops it on its error.
      if (inTransaction) await runner.query(ROLLBACK_SQL).catch(() => undefined);
      await runner.release();
    }
  }
}
