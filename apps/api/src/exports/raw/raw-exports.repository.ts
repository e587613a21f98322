import type {
  AssessmentStatus,
  MethodologyVersion,
  RawAssessment,
  RawOperationResult,
  RawSeizureLine,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { to as copyTo, type CopyToStreamQuery } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { copyCsvSql } from './csv-copy.sql.js';
import {
  BACKEND_PID_SQL,
  CANCEL_BACKEND_SQL,
  CLOSE_EXPORT_CURSOR_SQL,
  declareExportCursorSql,
  fetchFromExportCursorSql,
  LIMIT_IDLE_TRANSACTION_SQL,
  RAW_ASSESSMENTS_SQL,
  RAW_OPERATION_RESULTS_SQL,
  RAW_RESULT_ROWS_SQL,
  RAW_SEIZURE_LINES_SQL,
} from './raw-exports.sql.js';

/** Rows per round trip: 2,000 rows of the assessments layout are about 400 KB of CSV. */
const ASSESSMENTS_PER_BATCH = 2000;

/** Results per round trip: about 2,000 rows of the export when a result reports 20 seizures. */
const RESULTS_PER_BATCH = 100;

/** Rows of the results or the seizures file per round trip (one short row each). */
const LINES_PER_BATCH = 2000;

/**
 * The raw exports' reads, streamed batch by batch from a server-side cursor inside the caller's read-only
 * transaction (ReadDatabase.streamReadOnly, on a replica or the primary): memory stays the same however many rows there are. The SQL
 * aliases every column to the domain's row types, and pg already gives integers and doubles as numbers and
 * parses JSON; dates are cast to text and quantities stay numeric text: the rows need no conversion.
 */
@Injectable()
export class RawExportsRepository {
  /** Assessments of these statuses with their stored scores under a methodology version, by country and year. */
  streamAssessments(
    tx: EntityManager,
    statuses: readonly AssessmentStatus[],
    methodology: MethodologyVersion,
  ): AsyncGenerator<RawAssessment[], void, undefined> {
    return streamBatches<RawAssessment>(tx, RAW_ASSESSMENTS_SQL, [statuses, methodology], ASSESSMENTS_PER_BATCH);
  }

  /** Reported results with their operation and seizures, by operation code and country. */
  streamOperationResults(tx: EntityManager): AsyncGenerator<RawOperationResult[], void, undefined> {
    return streamBatches<RawOperationResult>(tx, RAW_OPERATION_RESULTS_SQL, [], RESULTS_PER_BATCH);
  }

  /** Reported results without their seizures (`seizures` empty), by operation code and country. */
  streamResultRows(tx: EntityManager): AsyncGenerator<RawOperationResult[], void, undefined> {
    return streamBatches<RawOperationResult>(tx, RAW_RESULT_ROWS_SQL, [], LINES_PER_BATCH);
  }

  /** Seizure lines with their result's key, by operation code, country, commodity and unit. */
  streamSeizureLines(tx: EntityManager): AsyncGenerator<RawSeizureLine[], void, undefined> {
    return streamBatches<RawSeizureLine>(tx, RAW_SEIZURE_LINES_SQL, [], LINES_PER_BATCH);
  }

  /**
   * The rows of `select` as CSV, as PostgreSQL's COPY writes them (csv-copy.sql.ts), chunk by chunk on the
   * transaction's own connection: COPY sends rows as fast as the socket takes them, and the stream stops reading
   * the socket while the consumer does not ask for more. A consumer that stops early (the client left) cancels
   * the COPY, and the generator returns once the connection is ready for the rollback.
   */
  async *copyCsv(tx: EntityManager, select: string): AsyncGenerator<Buffer, void, undefined> {
    await tx.query(LIMIT_IDLE_TRANSACTION_SQL);
    if (!tx.queryRunner) throw new Error('a COPY runs inside a transaction');
    const [{ pid }] = await tx.query<[{ pid: number }]>(BACKEND_PID_SQL);
    const client = (await tx.queryRunner.connect()) as PoolClient;
    const copy = client.query(copyTo(copyCsvSql(select)));
    try {
      // Not destroyed on an early return: the stream must go on reading the connection up to the COPY's end.
      for await (const chunk of copy.iterator({ destroyOnReturn: false })) yield chunk as Buffer;
    } finally {
      if (!copy.destroyed && !copy.readableEnded) await cancelCopy(tx, pid, copy);
    }
  }
}

/** The rows of `sql`, `batchRows` at a time, from a cursor that lives as long as the transaction. */
async function* streamBatches<T>(
  tx: EntityManager,
  sql: string,
  parameters: unknown[],
  batchRows: number,
): AsyncGenerator<T[], void, undefined> {
  await tx.query(LIMIT_IDLE_TRANSACTION_SQL);
  await tx.query(declareExportCursorSql(sql), parameters);
  for (;;) {
    // The rows as pg gives them: the statement's aliases make them the caller's row type.
    const rows = await tx.query<T[]>(fetchFromExportCursorSql(batchRows));
    if (rows.length > 0) yield rows;
    if (rows.length < batchRows) break;
  }
  await tx.query(CLOSE_EXPORT_CURSOR_SQL);
}

/**
 * Cancels a COPY whose reader has gone, and waits for its end: the rows already on their way are read and
 * dropped, then the backend's error (or the COPY's normal end, if it was over) leaves the connection ready for
 * its next statement. The cancel is awaited too, so that it can never reach a later statement of the connection.
 */
async function cancelCopy(tx: EntityManager, pid: number, copy: CopyToStreamQuery): Promise<void> {
  const over = finished(copy.on('data', () => undefined)).catch(() => undefined);
  const cancelled = tx.dataSource.query(CANCEL_BACKEND_SQL, [pid]).catch(() => undefined);
  await Promise.all([over, cancelled]);
}
