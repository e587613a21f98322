import type {
  CreateOperationRequest,
  CreateResultRequest,
  OperationImportResult,
  OperationResponse,
  OperationResult,
  UpdateOperationRequest,
  UpdateResultRequest,
} from '@cpc/domain';
import { apiRequest } from './apiRequest';
import { uploadImport } from './importUpload';
import { operationPath } from './operationQueries';

const resultPath = (operationId: string, resultId: string) =>
  `${operationPath(operationId)}/results/${encodeURIComponent(resultId)}`;

export function createOperation(request: CreateOperationRequest): Promise<OperationResponse> {
  return apiRequest<OperationResponse>('/api/operations', { method: 'POST', json: request });
}

export function updateOperation(id: string, request: UpdateOperationRequest): Promise<OperationResponse> {
  return apiRequest<OperationResponse>(operationPath(id), { method: 'PATCH', json: request });
}

export function deleteOperation(id: string): Promise<void> {
  return apiRequest<undefined>(operationPath(id), { method: 'DELETE' });
}

/** Reports a country's result; a 409 says that country has reported already. */
export function createResult(operationId: string, request: CreateResultRequest): Promise<OperationResult> {
  return apiRequest<OperationResult>(`${operationPath(operationId)}/results`, { method: 'POST', json: request });
}

export function updateResult(
  operationId: string,
  resultId: string,
  request: UpdateResultRequest,
): Promise<OperationResult> {
  return apiRequest<OperationResult>(resultPath(operationId, resultId), { method: 'PATCH', json: request });
}

export function deleteResult(operationId: string, resultId: string): Promise<void> {
  return apiRequest<undefined>(resultPath(operationId, resultId), { method: 'DELETE' });
}

export function importOperations(file: File, dryRun: boolean): Promise<OperationImportResult> {
  return uploadImport<OperationImportResult>('/api/operations/import', file, dryRun);
}
