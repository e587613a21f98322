import {
  parseImportTableInSlices,
  scoreImportRowsInSlices,
  type ImportFormat,
  type ImportQuery,
  type ImportResult,
  type ImportRow,
  type ScoredImportRow,
} from '@cpc/domain';
import { Injectable, StreamableFile } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/principal.js';
import { Transactions } from '../../db/transactions/transactions.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { importRejected } from '../../common/import-rejected.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { concurrentImport } from '../assessment.errors.js';
import { AssessmentRepository, type LockedAssessment } from '../assessment.repository.js';
import { answersRevision } from '../assessment-revisions.js';
import { RevisionRepository, type NewRevision } from '../revision.repository.js';
import { ScoresRepository } from '../scores.repository.js';
import { AssessmentImportRepository, countryYearKey } from './assessment-import.repository.js';
import { readSpreadsheet, type UploadedSpreadsheet } from '../../common/spreadsheet-reader.js';
import { runInTurns } from '../../common/run-in-turns.js';
import { buildTemplate } from './template-writer.js';

/** From this many rows, the planner's statistics are refreshed within the import, before its commit plans from them. */
const ANALYZE_AFTER_ROWS = 1000;

interface ScoredRow extends ScoredImportRow {
  existing: LockedAssessment | undefined;
}

/**
 * Bulk import, all or nothing: read the file (CSV or XLSX) → parse and check every row with the domain's
 * rules (the same check as a submission) → write everything in one transaction, scored as on submit. A dry
 * run does all of it in a transaction that is rolled back.
 */
@Injectable()
export class AssessmentImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly assessments: AssessmentRepository,
    private readonly scores: ScoresRepository,
    private readonly imports: AssessmentImportRepository,
    private readonly revisions: RevisionRepository,
    private readonly references: ReferenceService,
  ) {}

  async import(
    user: AuthenticatedUser,
    file: UploadedSpreadsheet | undefined,
    query: ImportQuery,
  ): Promise<ImportResult> {
    const rows = await runInTurns(scoreImportRowsInSlices(await this.parse(file)));
    // A dry run writes too, then rolls back: it answers exactly as the import would, refusals included.
    const write = async (tx: EntityManager) => {
      const result = await this.write(tx, user, rows);
      if (!query.dryRun && rows.length >= ANALYZE_AFTER_ROWS) await this.assessments.analyzeTables(tx);
      return result;
    };
    const result = await this.transactions.runUnlessDryRun(query.dryRun, write).catch((error: unknown) => {
      throw isUniqueViolation(error) ? concurrentImport() : error;
    });
    return query.dryRun ? { ...result, dryRun: true } : result;
  }

  async template(format: ImportFormat): Promise<StreamableFile> {
    const file = await buildTemplate(format);
    return new StreamableFile(file.buffer, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.buffer.length,
    });
  }

  /** Every row checked; any error anywhere is a 422 listing them all. */
  private async parse(file: UploadedSpreadsheet | undefined): Promise<ImportRow[]> {
    const table = await readSpreadsheet(file);
    const { countries } = await this.references.countries();
    const knownCountries = new Set(countries.map((c) => c.iso3));
    const { rows, errors } = await runInTurns(parseImportTableInSlices(table, { knownCountries }));
    if (errors.length > 0) throw importRejected(errors);
    return rows;
  }

  private async write(tx: EntityManager, user: AuthenticatedUser, rows: ScoredImportRow[]): Promise<ImportResult> {
    const existing = await this.imports.lockAssessmentsByCountryYear(
      tx,
      rows.map((r) => r.row),
    );
    const scored = rows.map((r) => ({ ...r, existing: existing.get(countryYearKey(r.row)) }));
    const toCreate = scored.filter((s) => s.existing === undefined);
    const toUpdate = scored.filter((s): s is ScoredRow & { existing: LockedAssessment } => s.existing !== undefined);
    const created = await this.create(tx, user, toCreate);
    const updated = await this.update(tx, user, toUpdate);
    await this.revisions.insertRevisions(tx, [...created, ...updated]);
    return { dryRun: false, rows: rows.length, created: created.length, updated: updated.length };
  }

  /** New assessments at version 1; their history starts with the import. */
  private async create(tx: EntityManager, user: AuthenticatedUser, rows: ScoredRow[]): Promise<NewRevision[]> {
    const submittedAt = new Date();
    const ids = await this.assessments.insertAssessments(
      tx,
      rows.map(({ row, scores }) => ({ ...row, scores, source: 'imported', submittedAt })),
    );
    await this.scores.insertScores(
      tx,
      rows.map(({ scores }, i) => ({ assessmentId: ids[i] ?? '', scores })),
    );
    return rows.map(({ row }, i) =>
      answersRevision(user, {
        assessmentId: ids[i] ?? '',
        version: 1,
        action: 'imported',
        before: null,
        after: row,
      }),
    );
  }

  /** Existing assessments replaced wholesale (answers, comments, status, scores), each one version up. */
  private async update(
    tx: EntityManager,
    user: AuthenticatedUser,
    rows: (ScoredRow & { existing: LockedAssessment })[],
  ): Promise<NewRevision[]> {
    const updates = rows.map(({ row, scores, existing }) => ({ ...row, id: existing.id, scores }));
    const versions = await this.imports.updateImportedAssessments(tx, updates);
    await this.scores.replaceScores(
      tx,
      updates.map((u) => ({ assessmentId: u.id, scores: u.scores })),
    );
    return rows.map(({ row, existing }) =>
      answersRevision(user, {
        assessmentId: existing.id,
        version: versions.get(existing.id) ?? existing.version + 1,
        action: 'imported',
        before: existing,
        after: row,
      }),
    );
  }
}
