import {
  parseInstrumentsImportTable,
  type ImportError,
  type InstrumentFileQuery,
  type InstrumentImportQuery,
  type InstrumentImportResult,
  type ImportedInstrument,
} from '@cpc/domain';
import { Injectable, StreamableFile } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/principal.js';
import { importRejected } from '../../common/import-rejected.js';
import { readSpreadsheet, type UploadedSpreadsheet } from '../../common/spreadsheet-reader.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { Transactions } from '../../db/transactions/transactions.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { canManageInstruments } from '../instrument.access.js';
import { concurrentInstrumentWrite } from '../instrument.errors.js';
import { InstrumentRepository } from '../instrument.repository.js';
import { sameContent, toInstrument, toInstrumentWrite, type InstrumentRow } from '../instrument-rows.js';
import { InstrumentRevisionRepository, type NewInstrumentRevision } from '../instrument-revision.repository.js';
import { buildInstrumentTemplate } from './instrument-template.js';

/**
 * Bulk import of one kind, all or nothing and idempotent: read the file (CSV or XLSX) → check every row with
 * the domain's schemas and the caller's rights → in one transaction, create the records whose natural key is
 * new and replace those whose content changed. A dry run does all of it in a transaction rolled back.
 */
@Injectable()
export class InstrumentImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly instruments: InstrumentRepository,
    private readonly revisions: InstrumentRevisionRepository,
    private readonly references: ReferenceService,
  ) {}

  async import(
    user: AuthenticatedUser,
    file: UploadedSpreadsheet | undefined,
    query: InstrumentImportQuery,
  ): Promise<InstrumentImportResult> {
    const rows = await this.parse(user, file, query);
    const write = (tx: EntityManager) => this.write(tx, user, rows);
    const counts = await this.transactions.runUnlessDryRun(query.dryRun, write).catch((error: unknown) => {
      throw isUniqueViolation(error) ? concurrentInstrumentWrite() : error;
    });
    return { dryRun: query.dryRun, kind: query.kind, rows: rows.length, ...counts };
  }

  async template(query: InstrumentFileQuery): Promise<StreamableFile> {
    const file = await buildInstrumentTemplate(query.kind, query.format);
    return new StreamableFile(file.buffer, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.buffer.length,
    });
  }

  /** Every row checked; any error anywhere is a 422 listing them all. */
  private async parse(
    user: AuthenticatedUser,
    file: UploadedSpreadsheet | undefined,
    query: InstrumentImportQuery,
  ): Promise<ImportedInstrument[]> {
    const table = await readSpreadsheet(file);
    const { countries } = await this.references.countries();
    const knownCountries = new Set(countries.map((c) => c.iso3));
    const { rows, errors } = parseInstrumentsImportTable(query.kind, table, { knownCountries });
    const refused: ImportError[] = rows
      .filter((r) => !canManageInstruments(user, r.request.country))
      .map((r) => ({
        row: r.row,
        column: 'country',
        message: `country: only a coordinator of ${r.request.country}, an analyst or an admin can record its instruments`,
        code: 'not_your_country',
        params: { country: r.request.country },
      }));
    const all = [...errors, ...refused].sort((a, b) => a.row - b.row);
    if (all.length > 0) throw importRejected(all);
    return rows;
  }

  private async write(
    tx: EntityManager,
    user: AuthenticatedUser,
    rows: ImportedInstrument[],
  ): Promise<{ created: number; updated: number; unchanged: number }> {
    const writes = rows.map((r) => toInstrumentWrite(r.request));
    const existing = await this.instruments.lockByNaturalKeys(
      tx,
      writes.map((w) => w.naturalKey),
    );
    const toCreate = writes.filter((w) => !existing.has(w.naturalKey));
    const toUpdate = writes.flatMap((w) => {
      const stored = existing.get(w.naturalKey);
      return stored && !sameContent(stored, w) ? [{ ...w, id: stored.id, version: stored.version }] : [];
    });
    const created = await this.instruments.insertInstruments(tx, toCreate, { source: 'imported', userId: user.id });
    if (created.size !== toCreate.length) throw concurrentInstrumentWrite();
    const updated = await this.instruments.updateInstruments(tx, toUpdate, 'imported');
    const actor = { id: user.id, email: user.email };
    const revision = (before: InstrumentRow | undefined, after: InstrumentRow): NewInstrumentRevision => ({
      recordId: after.id,
      revision: after.version,
      actor,
      action: 'imported',
      before: before ? toInstrument(before) : null,
      after: toInstrument(after),
    });
    await this.revisions.insertRevisions(tx, [
      ...[...created.values()].map((row) => revision(undefined, row)),
      ...[...updated.values()].map((row) => revision(existing.get(row.natural_key), row)),
    ]);
    const unchanged = writes.length - toCreate.length - toUpdate.length;
    return { created: created.size, updated: updated.size, unchanged };
  }
}
