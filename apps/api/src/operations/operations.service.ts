import {
  canReadOperation,
  isGlobalRole,
  type CreateOperationRequest,
  type OperationListQuery,
  type OperationListResponse,
  type OperationResponse,
  type Principal,
  type UpdateOperationRequest,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { invalidField, invalidFields } from '../common/field-errors.js';
import { isUniqueViolation } from '../common/unique-violation.js';
import { ReferenceService } from '../reference/reference.service.js';
import { duplicateCode, operationNotFound, reportedParticipants } from './operation.errors.js';
import { SharedCountries } from '../analytics/shared-countries.js';
import { toOperationResponse } from './operation.mapper.js';
import { OperationRepository, type LockedOperation, type OperationFields } from './operation.repository.js';
import { OperationRollupRepository, rollupKeysOf } from './operation-rollup.repository.js';

/** Operations are managed by analysts; national users see only those their country takes part in. */
@Injectable()
export class OperationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly operations: OperationRepository,
    private readonly rollup: OperationRollupRepository,
    private readonly references: ReferenceService,
    private readonly shared: SharedCountries,
  ) {}

  async list(principal: Principal, query: OperationListQuery): Promise<OperationListResponse> {
    const scopeCountry = isGlobalRole(principal.role) ? null : principal.country;
    const [{ operations, total }, shared] = await Promise.all([
      this.operations.findOperations({ ...query, scopeCountry }),
      this.shared.get(),
    ]);
    return {
      operations: operations.map((o) => toOperationResponse(o, principal, shared)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async get(principal: Principal, id: string): Promise<OperationResponse> {
    const operation = await this.operations.findOperation(id);
    if (!operation || !canReadOperation(principal, operation.countries)) throw operationNotFound(id);
    return toOperationResponse(operation, principal, await this.shared.get());
  }

  async create(principal: Principal, request: CreateOperationRequest): Promise<OperationResponse> {
    await this.checkCountries(request.countries);
    if (await this.operations.codeExists(request.code, null)) throw duplicateCode(request.code);
    const id = await this.transactions
      .run(async (tx) => {
        const created = await this.operations.insertOperation(tx, fieldsOf(request), 'entered');
        await this.operations.addParticipants(
          tx,
          request.countries.map((country) => ({ operationId: created, country })),
        );
        await this.rollup.applyParticipation(tx, [created], 1);
        return created;
      })
      .catch(rethrowDuplicateCode(request.code));
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, request: UpdateOperationRequest): Promise<OperationResponse> {
    if (request.countries) await this.checkCountries(request.countries);
    if (request.code !== undefined && (await this.operations.codeExists(request.code, id)))
      throw duplicateCode(request.code);
    await this.transactions
      .run(async (tx) => {
        const current = await this.operations.lockOperation(tx, id);
        if (!current) throw operationNotFound(id);
        const next = merge(current, request);
        // Results count in the end year, programme and activities: a change there moves their contributions.
        const moved =
          rollupKeysOf(next) === rollupKeysOf(current) ? [] : await this.rollup.findResultIdsOfOperations(tx, [id]);
        await this.rollup.applyContributions(tx, moved, -1);
        await this.rollup.applyParticipation(tx, [id], -1);
        await this.operations.updateOperations(tx, [{ ...next, id }]);
        await this.rollup.applyContributions(tx, moved, 1);
        await this.replaceParticipants(tx, current, request.countries);
        await this.rollup.applyParticipation(tx, [id], 1);
      })
      .catch(rethrowDuplicateCode(request.code ?? ''));
    return this.get(principal, id);
  }

  /** The operation goes with its participants, results and seizures; the rollups follow. */
  async remove(id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const current = await this.operations.lockOperation(tx, id);
      if (!current) throw operationNotFound(id);
      await this.rollup.applyContributions(tx, await this.rollup.findResultIdsOfOperations(tx, [id]), -1);
      await this.rollup.applyParticipation(tx, [id], -1);
      await this.operations.deleteOperation(tx, id);
    });
  }

  private async replaceParticipants(
    tx: Parameters<OperationRepository['addParticipants']>[0],
    current: LockedOperation,
    countries: string[] | undefined,
  ): Promise<void> {
    if (!countries) return;
    const removed = current.countries.filter((c) => !countries.includes(c));
    const reported = await this.operations.reportedAmong(tx, current.id, removed);
    if (reported.length > 0) throw reportedParticipants(reported);
    await this.operations.removeParticipants(tx, current.id, removed);
    const added = countries.filter((c) => !current.countries.includes(c));
    await this.operations.addParticipants(
      tx,
      added.map((country) => ({ operationId: current.id, country })),
    );
  }

  private async checkCountries(countries: string[]): Promise<void> {
    const known = new Set((await this.references.countries()).countries.map((c) => c.iso3));
    const errors = countries.flatMap((iso3, i) =>
      known.has(iso3)
        ? []
        : [
            {
              field: `countries.${i}`,
              message: `countries.${i}: unknown country ${iso3}`,
              code: 'unknown_country' as const,
              params: { value: iso3 },
            },
          ],
    );
    if (errors.length > 0) throw invalidFields(errors);
  }
}

function rethrowDuplicateCode(code: string): (error: unknown) => never {
  return (error) => {
    throw isUniqueViolation(error) ? duplicateCode(code) : error;
  };
}

function fieldsOf(request: CreateOperationRequest): OperationFields {
  return {
    code: request.code,
    name: request.name,
    description: request.description ?? null,
    programme: request.programme,
    lead: request.lead,
    activities: request.activities,
    startDate: request.startDate,
    endDate: request.endDate,
  };
}

/** The stored operation with the request's changes; the dates are checked together once merged. */
function merge(current: LockedOperation, request: UpdateOperationRequest): OperationFields {
  const next: OperationFields = {
    code: request.code ?? current.code,
    name: request.name ?? current.name,
    description: request.description === undefined ? current.description : request.description,
    programme: request.programme ?? current.programme,
    lead: request.lead ?? current.lead,
    activities: request.activities ?? current.activities,
    startDate: request.startDate ?? current.startDate,
    endDate: request.endDate ?? current.endDate,
  };
  if (next.endDate < next.startDate)
    throw invalidField(
      request.endDate === undefined ? 'startDate' : 'endDate',
      `the operation would end (${next.endDate}) before it starts (${next.startDate})`,
      'end_before_start',
      { start: next.startDate, end: next.endDate },
    );
  return next;
}
