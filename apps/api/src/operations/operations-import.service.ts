import {
  parseOperationsImportTableInSlices,
  type ImportError,
  type ImportFormat,
  type ImportQuery,
  type ImportedOperation,
  type ImportedResult,
  type OperationImportResult,
  type OperationsImport,
} from '@cpc/domain';
import { Injectable, StreamableFile } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import type { EntityManager } from 'typeorm';
import { importRejected } from '../common/import-rejected.js';
import { isUniqueViolation } from '../common/unique-violation.js';
import { concurrentCodes } from './operation.errors.js';
import { readSpreadsheet, type UploadedSpreadsheet } from '../common/spreadsheet-reader.js';
import { runInTurns } from '../common/run-in-turns.js';
import { OPERATIONS_IMPORT_MAX_ROWS } from '../common/upload-limits.js';
import { ReferenceService } from '../reference/reference.service.js';
import { OperationResultRepository, resultKey, type ResultWrite } from './operation-result.repository.js';
import { OperationRepository, type LockedOperation, type OperationFields } from './operation.repository.js';
import { buildOperationsTemplate } from './operations-template.js';
import { JointUnitRepository } from './joint-units.repository.js';
import { toResultWrite } from './result-write.js';
import { OperationTablesMaintenance } from './operation-tables-maintenance.js';
import { OperationRollupRepository, rollupKeysOf } from './operation-rollup.repository.js';

/** Above this many rows, the tables are vacuumed and analysed once the import has answered. */
const ANALYZE_AFTER_ROWS = 1000;

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Bulk import of operations and results, all or nothing and idempotent: the operation code and the country
 * are the keys, an operation or result whose content is unchanged is not written again, and participants
 * named by the file are added to their operations. A dry run does all of it in a transaction that is rolled back.
 */
@Injectable()
export class OperationsImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly operations: OperationRepository,
    private readonly results: OperationResultRepository,
    private readonly rollup: OperationRollupRepository,
    private readonly references: ReferenceService,
    private readonly units: JointUnitRepository,
    private readonly maintenance: OperationTablesMaintenance,
  ) {}

  async import(file: UploadedSpreadsheet | undefined, query: ImportQuery): Promise<OperationImportResult> {
    const parsed = await this.parse(file);
    // A dry run writes too, then rolls back: it answers exactly as the import would, refusals included.
    const write = (tx: EntityManager) => this.write(tx, parsed);
    const outcome = await this.transactions.runUnlessDryRun(query.dryRun, write).catch((error: unknown) => {
      throw isUniqueViolation(error) ? concurrentCodes() : error;
    });
    if (query.dryRun) return { ...outcome, dryRun: true };
    if (parsed.rows >= ANALYZE_AFTER_ROWS) this.maintenance.request();
    return outcome;
  }

  async template(format: ImportFormat): Promise<StreamableFile> {
    const file = await buildOperationsTemplate(format);
    return new StreamableFile(file.buffer, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.buffer.length,
    });
  }

  private async parse(file: UploadedSpreadsheet | undefined): Promise<OperationsImport> {
    const table = await readSpreadsheet(file, OPERATIONS_IMPORT_MAX_ROWS);
    const { countries } = await this.references.countries();
    const knownCountries = new Set(countries.map((c) => c.iso3));
    const { errors, ...parsed } = await runInTurns(parseOperationsImportTableInSlices(table, { knownCountries }));
    if (errors.length > 0) throw importRejected(errors);
    return parsed;
  }

  private async write(tx: EntityManager, parsed: OperationsImport): Promise<OperationImportResult> {
    await this.operations.lockImports(tx);
    const existing = await this.operations.lockOperationsByCode(
      tx,
      parsed.operations.map((o) => o.code),
    );
    const created = parsed.operations.filter((o) => !existing.has(o.code));
    const changed = parsed.operations.flatMap((o) => {
      const stored = existing.get(o.code);
      return stored && differs(stored, o) ? [{ ...fieldsFrom(o, stored.description), id: stored.id, stored }] : [];
    });
    const storedResults = await this.results.lockResultKeys(
      tx,
      [...existing.values()].map((o) => o.id),
    );
    const operationCounts = {
      created: created.length,
      updated: changed.length,
      unchanged: existing.size - changed.length,
    };
    const units = await this.resolveUnitSites(tx, parsed, (r) => {
      const operationId = existing.get(r.operationCode)?.id;
      return operationId ? (storedResults.get(resultKey(operationId, r.country))?.jointUnitId ?? null) : null;
    });
    const plan = planResults(parsed.results, (code) => existing.get(code)?.id, storedResults, units);
    // Contributions to the rollups leave before the write and come back after it, under the new end year.
    // (A new programme or activities move them too: the filtered rollups are keyed by them.)
    const redated = changed.filter((c) => rollupKeysOf(c) !== rollupKeysOf(c.stored)).map((c) => c.id);
    const moved = await this.rollup.findResultIdsOfOperations(tx, redated);
    const outgoing = [...new Set([...moved, ...plan.update.map((u) => u.id)])];
    await this.rollup.applyContributions(tx, outgoing, -1);
    const existingIds = [...existing.values()].map((o) => o.id);
    await this.rollup.applyParticipation(tx, existingIds, -1);
    const newIds = await this.operations.insertOperations(
      tx,
      created.map((o) => fieldsFrom(o, null)),
      'imported',
    );
    await this.operations.updateOperations(tx, changed);
    const idOf = idLookup(existing, created, newIds);
    await this.operations.addParticipants(tx, newParticipants(parsed.results, existing, idOf));
    const createdIds = await this.results.insertResults(
      tx,
      plan.create.map(({ code, write }) => ({ ...write, operationId: idOf(code) ?? '' })),
    );
    await this.results.updateResults(tx, plan.update);
    await this.rollup.applyContributions(tx, [...outgoing, ...createdIds], 1);
    await this.rollup.applyParticipation(tx, [...existingIds, ...newIds], 1);
    return summary(parsed, operationCounts, counts(plan));
  }

  /**
   * The joint unit each `unit_site` names, by result; 422 naming the row and column when none is found. A
   * result's own unit (`linkedOf`) at that site stays, in force or not, so that a raw export re-imports as is.
   */
  private async resolveUnitSites(
    tx: EntityManager,
    parsed: OperationsImport,
    linkedOf: (result: ImportedResult) => string | null,
  ): Promise<Map<ImportedResult, string>> {
    const endDates = new Map(parsed.operations.map((o) => [o.code, o.endDate]));
    const units = new Map<ImportedResult, string>();
    const errors: ImportError[] = [];
    for (const result of parsed.results) {
      if (result.unitSite === undefined) continue;
      const endDate = endDates.get(result.operationCode) ?? '';
      const id = await this.units.findBySite(tx, result.country, result.unitSite, endDate, linkedOf(result));
      if (id !== null) units.set(result, id);
      else
        errors.push({
          row: result.row,
          column: 'unit_site',
          message: `unit_site: ${result.country} has no joint unit at ${result.unitSite} in force on ${endDate}`,
          code: 'no_unit_at_site',
          params: { country: result.country, site: result.unitSite, date: endDate },
        });
    }
    if (errors.length > 0) throw importRejected(errors);
    return units;
  }
}

interface ResultPlan {
  /** New results, by operation code: a new operation has no id until it is written. */
  create: { code: string; write: ResultWrite }[];
  update: (ResultWrite & { id: string })[];
  unchanged: number;
}

function planResults(
  results: ImportedResult[],
  idOf: (code: string) => string | undefined,
  stored: Map<string, { id: string; contentHash: string; jointUnitId: string | null }>,
  units: Map<ImportedResult, string>,
): ResultPlan {
  const plan: ResultPlan = { create: [], update: [], unchanged: 0 };
  for (const result of results) {
    const operationId = idOf(result.operationCode) ?? '';
    const current = stored.get(resultKey(operationId, result.country));
    // Without a unit_site, a result linked before (through the API or an earlier file) keeps its unit.
    const jointUnitId = units.get(result) ?? current?.jointUnitId ?? null;
    const { unitSite: _site, ...content } = result;
    const write = toResultWrite(operationId, result.country, { ...content, jointUnitId });
    if (current?.contentHash === write.contentHash) {
      plan.unchanged++;
      continue;
    }
    if (current) plan.update.push({ ...write, id: current.id });
    else plan.create.push({ code: result.operationCode, write });
  }
  return plan;
}

function counts(plan: ResultPlan): Counts {
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
}

function summary(parsed: OperationsImport, operations: Counts, results: Counts): OperationImportResult {
  return { dryRun: false, rows: parsed.rows, operations, results, seizures: parsed.seizures };
}

function fieldsFrom(o: ImportedOperation, description: string | null): OperationFields {
  return {
    code: o.code,
    name: o.name,
    description,
    programme: o.programme,
    lead: o.lead,
    activities: o.activities,
    startDate: o.startDate,
    endDate: o.endDate,
  };
}

/**
 * The file has no description column: an operation differs when any column it does have differs. Activities
 * are a set: an operation entered through the API may hold them in another order than the file's.
 */
function differs(stored: LockedOperation, o: ImportedOperation): boolean {
  return (
    stored.name !== o.name ||
    stored.programme !== o.programme ||
    stored.lead !== o.lead ||
    activitySet(stored.activities) !== activitySet(o.activities) ||
    stored.startDate !== o.startDate ||
    stored.endDate !== o.endDate
  );
}

function activitySet(activities: readonly string[]): string {
  return [...activities].sort().join(';');
}

function idLookup(
  existing: Map<string, LockedOperation>,
  created: ImportedOperation[],
  newIds: string[],
): (code: string) => string | undefined {
  const ids = new Map<string, string>([...existing].map(([code, o]) => [code, o.id]));
  created.forEach((o, i) => ids.set(o.code, newIds[i] ?? ''));
  return (code) => ids.get(code);
}

/** Countries that report in the file but are not yet participants of their operation. */
function newParticipants(
  results: ImportedResult[],
  existing: Map<string, LockedOperation>,
  idOf: (code: string) => string | undefined,
): { operationId: string; country: string }[] {
  return results
    .filter((r) => !(existing.get(r.operationCode)?.countries.includes(r.country) ?? false))
    .map((r) => ({ operationId: idOf(r.operationCode) ?? '', country: r.country }));
}
