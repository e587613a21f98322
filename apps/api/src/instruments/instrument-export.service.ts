import {
  exportFileName,
  instrumentCells,
  instrumentImportHeader,
  singleRow,
  type InstrumentFileQuery,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/principal.js';
import { openTableWriter } from '../exports/raw/table-writer.js';
import { InstrumentsService } from './instruments.service.js';

/**
 * The register in the import layout. A register holds thousands of records at most, not millions: it is read
 * at once through the list (so the caller's rights apply as they do there), then written.
 */
@Injectable()
export class InstrumentExportService {
  constructor(private readonly instruments: InstrumentsService) {}

  async export(user: AuthenticatedUser, query: InstrumentFileQuery, res: Response): Promise<void> {
    const { instruments } = await this.instruments.list(user, { kind: query.kind });
    const writer = openTableWriter(res, {
      filename: exportFileName(['instruments', query.kind], new Date(), query.format),
      format: query.format,
      bom: false,
      sheet: query.kind,
      header: instrumentImportHeader(query.kind),
    });
    await writer.write(instruments.map((i) => singleRow(instrumentCells(i))));
    await writer.end();
  }
}
