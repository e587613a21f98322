import {
  canReadCountry,
  canReadOperation,
  canSeeCountryFigures,
  canWriteResult,
  type CreateResultRequest,
  type OperationResult,
  type OperationResultListResponse,
  type Principal,
  type ResultContent,
  type UpdateResultRequest,
} from '@cpc/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import type { EntityManager } from 'typeorm';
import { SharedCountries } from '../analytics/shared-countries.js';
import { invalidField } from '../common/field-errors.js';
import { isUniqueViolation } from '../common/unique-violation.js';
import { duplicateResult, operationNotFound, resultNotFound } from './operation.errors.js';
import { toOperationResult } from './operation.mapper.js';
import { OperationResultRepository, type StoredResult } from './operation-result.repository.js';
import { OperationRepository, type LockedOperation } from './operation.repository.js';
import { JointUnitRepository } from './joint-units.repository.js';
import { toResultWrite } from './result-write.js';
import { OperationRollupRepository } from './operation-rollup.repository.js';

function cannotWrite(country: string): ForbiddenException {
  return new ForbiddenException({
    statusCode: 403,
    code: 'result_forbidden',
    params: { country },
    message: `country: you cannot report or edit results of ${country}`,
  });
}

@Injectable()
export class OperationResultsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly operations: OperationRepository,
    private readonly results: OperationResultRepository,
    private readonly rollup: OperationRollupRepository,
    private readonly shared: SharedCountries,
    private readonly units: JointUnitRepository,
  ) {}

  /** National users see their own country's result and those of participants that share their figures. */
  async list(principal: Principal, operationId: string): Promise<OperationResultListResponse> {
    await this.visibleOperation(principal, operationId);
    const [results, shared] = await Promise.all([this.results.findResults(operationId), this.shared.get()]);
    const visible = results.filter((r) => canSeeCountryFigures(principal, r.country, shared));
    return { operationId, results: visible.map(toOperationResult) };
  }

  async get(principal: Principal, operationId: string, id: string): Promise<OperationResult> {
    await this.visibleOperation(principal, operationId);
    const [result, shared] = await Promise.all([this.results.findResult(operationId, id), this.shared.get()]);
    if (!result || !canSeeCountryFigures(principal, result.country, shared)) throw resultNotFound(id);
    return toOperationResult(result);
  }

  async create(principal: Principal, operationId: string, request: CreateResultRequest): Promise<OperationResult> {
    const { country, unitId, unitSite, ...content } = request;
    const id = await this.transactions
      .run(async (tx) => {
        const operation = await this.lockedOperation(tx, principal, operationId);
        if (!canWriteResult(principal, country)) throw cannotWrite(country);
        if (!operation.countries.includes(country))
          throw invalidField(
            'country',
            `${country} does not take part in operation ${operation.code}`,
            'not_participant',
            {
              country,
              operation: operation.code,
            },
          );
        const jointUnitId = await this.units.resolve(tx, country, operation.endDate, { unitId, unitSite });
        // The country's participation becomes a reported one.
        await this.rollup.applyParticipation(tx, [operationId], -1);
        const [created] = await this.results.insertResults(tx, [
          toResultWrite(operationId, country, { ...withUnitName(content), jointUnitId }),
        ]);
        await this.rollup.applyContributions(tx, created ? [created] : [], 1);
        await this.rollup.applyParticipation(tx, [operationId], 1);
        return created ?? '';
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? duplicateResult(country) : error;
      });
    return this.get(principal, operationId, id);
  }

  async update(
    principal: Principal,
    operationId: string,
    id: string,
    request: UpdateResultRequest,
  ): Promise<OperationResult> {
    await this.transactions.run(async (tx) => {
      const { operation, result } = await this.writableResult(tx, principal, operationId, id);
      const { unitId, unitSite } = request;
      const relinked = unitId !== undefined || unitSite !== undefined;
      const jointUnitId = relinked
        ? await this.units.resolve(tx, result.country, operation.endDate, { unitId, unitSite })
        : result.jointUnitId;
      const next: ResultContent = {
        jointUnitId,
        unitType: request.unitType ?? result.unitType,
        unitName: request.unitName === undefined ? result.unitName : request.unitName,
        arrests: request.arrests ?? result.arrests,
        investigationsOpened: request.investigationsOpened ?? result.investigationsOpened,
        controlledDeliveries: request.controlledDeliveries ?? result.controlledDeliveries,
        personsChecked: request.personsChecked ?? result.personsChecked,
        databaseChecks: request.databaseChecks ?? result.databaseChecks,
        seizures: request.seizures ?? result.seizures,
      };
      await this.rollup.applyContributions(tx, [id], -1);
      await this.results.updateResults(tx, [{ ...toResultWrite(operationId, result.country, next), id }]);
      await this.rollup.applyContributions(tx, [id], 1);
    });
    return this.get(principal, operationId, id);
  }

  async remove(principal: Principal, operationId: string, id: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.writableResult(tx, principal, operationId, id);
      await this.rollup.applyContributions(tx, [id], -1);
      await this.rollup.applyParticipation(tx, [operationId], -1);
      await this.results.deleteResult(tx, operationId, id);
      await this.rollup.applyParticipation(tx, [operationId], 1);
    });
  }

  /** 404 for an operation the caller cannot see, as if it did not exist. */
  private async visibleOperation(principal: Principal, operationId: string): Promise<void> {
    const operation = await this.operations.findOperation(operationId);
    if (!operation || !canReadOperation(principal, operation.countries)) throw operationNotFound(operationId);
  }

  private async lockedOperation(
    tx: EntityManager,
    principal: Principal,
    operationId: string,
  ): Promise<LockedOperation> {
    const operation = await this.operations.lockOperation(tx, operationId);
    if (!operation || !canReadOperation(principal, operation.countries)) throw operationNotFound(operationId);
    return operation;
  }

  private async writableResult(
    tx: EntityManager,
    principal: Principal,
    operationId: string,
    id: string,
  ): Promise<{ operation: LockedOperation; result: StoredResult }> {
    const operation = await this.lockedOperation(tx, principal, operationId);
    const result = await this.results.findResult(operationId, id, tx);
    if (!result || !canReadCountry(principal, result.country)) throw resultNotFound(id);
    if (!canWriteResult(principal, result.country)) throw cannotWrite(result.country);
    return { operation, result };
  }
}

function withUnitName(content: Omit<CreateResultRequest, 'country'>): ResultContent {
  return { ...content, unitName: content.unitName ?? null };
}
