import {
  exportFileName,
  rawAssessmentCells,
  rawAssessmentStatuses,
  rawAssessmentsHeader,
  singleRow,
  type RowGroup,
  type RawAssessmentsExportQuery,
  type RawOperationResultsExportQuery,
} from '@cpc/domain';
import type { EntityManager } from 'typeorm';
import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ReadDatabase } from '../../db/replicas/read-database.js';
import { MethodologyService } from '../../methodology/methodology.service.js';
import { RawExportsRepository } from './raw-exports.repository.js';
import { ClientGone, openTableWriter, sendCopiedCsv, type TableFile } from './table-writer.js';
import { groupsOf, OPERATION_TABLES, operationParts, type OperationPart } from './operation-tables.js';

/** Between two tables of one file, in the stream of batches. */
const NEXT_TABLE = Symbol('next table');
type Batch = RowGroup[] | typeof NEXT_TABLE;

/**
 * Raw exports streaming at once, per instance. Each holds one of the 10 pool connections for its whole
 * download; without a bound, a few slow downloads would leave every other request waiting for a connection.
 */
export const MAX_CONCURRENT_RAW_EXPORTS = 3;

/**
 * Raw exports: the data in exactly the import layouts, streamed to the response in constant memory: the
 * operation results CSVs as PostgreSQL's COPY writes them, the rest from a cursor through the domain's rows. The headers go out first; a failure after that can only cut the download short, so the response
 * is then destroyed (the client sees an incomplete transfer, never a file that looks whole).
 */
@Injectable()
export class RawExportsService {
  private readonly logger = new Logger('RawExports');
  private running = 0;

  constructor(
    private readonly reads: ReadDatabase,
    private readonly repository: RawExportsRepository,
    private readonly methodology: MethodologyService,
  ) {}

  /** The assessments import layout, then score columns (under the methodology asked for) the import skips. */
  async assessments(asked: RawAssessmentsExportQuery, res: Response): Promise<void> {
    const query = await this.methodology.withVersion(asked);
    const file: TableFile = {
      filename: exportFileName(['assessments', query.status === 'all' ? 'all' : null], new Date(), query.format),
      format: query.format,
      bom: query.bom,
      sheet: 'assessments',
      header: rawAssessmentsHeader(),
    };
    const statuses = rawAssessmentStatuses(query.status);
    const batches = this.reads.streamReadOnly((tx) =>
      groupsOf(this.repository.streamAssessments(tx, statuses, query.methodology), (a) =>
        singleRow(rawAssessmentCells(a)),
      ),
    );
    return this.send(res, file, batches);
  }

  /**
   * The results (one row per result) and the seizures (one row per seizure line), as two sheets of a workbook
   * or one CSV each (`part`); or the import layout (`part=import`), a result's columns on each seizure row.
   */
  operationResults(query: RawOperationResultsExportQuery, res: Response): Promise<void> {
    const parts = operationParts(query);
    const [first, ...rest] = parts.map((part) => OPERATION_TABLES[part].spec());
    if (!first) throw new Error('an export has at least one table');
    const file: TableFile = {
      // The part in the name when the file holds one: a results CSV and a seizures CSV never share a name.
      filename: exportFileName(['operation-results', parts.length === 1 ? parts[0] : null], new Date(), query.format),
      format: query.format,
      bom: query.bom,
      ...first,
      then: rest,
    };
    const [part] = parts;
    if (query.format === 'csv' && part && parts.length === 1) {
      // A CSV holds one table: PostgreSQL writes its records (COPY), the API passes them on.
      const select = OPERATION_TABLES[part].csvSelect;
      const chunks = this.reads.streamReadOnly((tx) => this.repository.copyCsv(tx, select));
      return this.limited(res, file, () => sendCopiedCsv(res, file, chunks));
    }
    return this.send(
      res,
      file,
      this.reads.streamReadOnly((tx) => this.operationBatches(tx, parts)),
    );
  }

  /** The tables one after the other, from the stream's one snapshot (a repeatable-read transaction). */
  private async *operationBatches(
    tx: EntityManager,
    parts: readonly OperationPart[],
  ): AsyncGenerator<Batch, void, undefined> {
    for (const [i, part] of parts.entries()) {
      if (i > 0) yield NEXT_TABLE;
      yield* OPERATION_TABLES[part].read(this.repository, tx);
    }
  }

  private send(res: Response, file: TableFile, batches: AsyncGenerator<Batch, void, undefined>): Promise<void> {
    return this.limited(res, file, async () => {
      const writer = openTableWriter(res, file);
      for await (const batch of batches) {
        if (batch === NEXT_TABLE) writer.nextTable();
        else await writer.write(batch);
      }
      await writer.end();
    });
  }

  /**
   * `download` if fewer than MAX_CONCURRENT_RAW_EXPORTS are running (503 otherwise). Once it has started, a
   * failure can only cut the file short: the response is destroyed, and logged unless the client left.
   */
  private async limited(res: Response, file: TableFile, download: () => Promise<void>): Promise<void> {
    if (this.running >= MAX_CONCURRENT_RAW_EXPORTS) {
      res.setHeader('Retry-After', '60');
      throw new ServiceUnavailableException({
        statusCode: 503,
        message: `${MAX_CONCURRENT_RAW_EXPORTS} raw exports are already running; try again in a minute`,
      });
    }
    this.running++;
    try {
      await download();
    } catch (error) {
      res.destroy();
      if (!(error instanceof ClientGone))
        this.logger.error(
          `${file.filename}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
    } finally {
      this.running--;
    }
  }
}
