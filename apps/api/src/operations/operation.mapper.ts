import { canSeeCountryFigures, type OperationResponse, type OperationResult, type Principal } from '@cpc/domain';
import type { StoredResult } from './operation-result.repository.js';
import type { StoredOperation } from './operation.repository.js';

/** National users learn which participants reported for their own country and those that share figures. */
export function toOperationResponse(
  operation: StoredOperation,
  principal: Principal,
  shared: ReadonlySet<string>,
): OperationResponse {
  const reported = operation.reportedCountries.filter((c) => canSeeCountryFigures(principal, c, shared));
  return {
    id: operation.id,
    code: operation.code,
    name: operation.name,
    description: operation.description,
    programme: operation.programme,
    lead: operation.lead,
    activities: operation.activities,
    startDate: operation.startDate,
    endDate: operation.endDate,
    countries: operation.countries,
    reportedCountries: reported,
    createdAt: operation.createdAt.toISOString(),
    updatedAt: operation.updatedAt.toISOString(),
  };
}

export function toOperationResult(result: StoredResult): OperationResult {
  return {
    id: result.id,
    operationId: result.operationId,
    country: result.country,
    unitType: result.unitType,
    unitName: result.unitName,
    ...(result.jointUnitId !== null && { unitId: result.jointUnitId, unitSite: result.unitSite ?? '' }),
    arrests: result.arrests,
    investigationsOpened: result.investigationsOpened,
    controlledDeliveries: result.controlledDeliveries,
    personsChecked: result.personsChecked,
    databaseChecks: result.databaseChecks,
    seizures: result.seizures,
    createdAt: result.createdAt.toISOString(),
    updatedAt: result.updatedAt.toISOString(),
  };
}
