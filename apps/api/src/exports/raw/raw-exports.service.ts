import {
  exportFileName,
  rawAssessmentCells,
  rawAssessmentStatuses,
  rawAssessmentsHeader,
  rawOperationResultRows,
  rawOperationsHeader,
  singleRow,
  type RowGroup,
  type RawAssessmentsExportQuery,
  type RawOperationResultsExportQuery,
} from '@cpc/domain';
import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { Transactions } from '../../db/transactions/transactions.js';
import { MethodologyService } from '../../methodology/methodology.service.js';
import { RawExportsRepository } from './raw-exports.repository.js';
import { ClientGone, openTableWriter, type TableFile } from './table-writer.js';

/**
 * Raw exports streaming at once, per instance. Each holds one of the 10 pool connections for its whole
 * download; without a bound, a few slow downloads would leave every other request waiting for a connection.
 */
export const MAX_CONCURRENT_RAW_EXPORTS = 3;

/**
 * Raw exports: the data in exactly the import layouts, streamed from a cursor to the response in constant
 * memory. The headers go out first; a failure after that can only cut the download short, so the response
 * is then destroyed (the client sees an incomplete transfer, never a file that looks whole).
 */
@Injectable()
export class RawExportsService {
  private readonly logger = new Logger('RawExports');
  private running = 0;

  constructor(
    private readonly transactions: Transactions,
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
    return this.send(
      res,
      file,
      this.transactions.streamReadOnly((tx) => this.repository.streamAssessments(tx, statuses, query.methodology)),
      (a) => singleRow(rawAssessmentCells(a)),
    );
  }

  /** The operations import layout: one row per operation × country × commodity (× unit). */
  operationResults(query: RawOperationResultsExportQuery, res: Response): Promise<void> {
    const file: TableFile = {
      filename: exportFileName(['operation-results'], new Date(), query.format),
      format: query.format,
      bom: query.bom,
      sheet: 'operations',
      header: rawOperationsHeader(),
    };
    return this.send(
      res,
      file,
      this.transactions.streamReadOnly((tx) => this.repository.streamOperationResults(tx)),
      rawOperationResultRows,
    );
  }

  private async send<T>(
    res: Response,
    file: TableFile,
    batches: AsyncGenerator<T[], void, undefined>,
    rowsOf: (row: T) => RowGroup,
  ): Promise<void> {
    if (this.running >= MAX_CONCURRENT_RAW_EXPORTS) {
      res.setHeader('Retry-After', '60');
      throw new ServiceUnavailableException({
        statusCode: 503,
        message: `${MAX_CONCURRENT_RAW_EXPORTS} raw exports are already running; try again in a minute`,
      });
    }
    this.running++;
    const writer = openTableWriter(res, file);
    try {
      for await (const batch of batches) await writer.write(batch.map(rowsOf));
      await writer.end();
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
