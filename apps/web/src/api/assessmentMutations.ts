import type {
  Answers,
  AssessmentResponse,
  Comments,
  CreateAssessmentRequest,
  ImportResult,
  ReturnAssessmentRequest,
  ValidateAssessmentRequest,
} from '@cpc/domain';
import { apiRequest } from './apiRequest';
import { uploadImport } from './importUpload';

const base = (id: string) => `/api/assessments/${encodeURIComponent(id)}`;

export function createAssessment(request: CreateAssessmentRequest): Promise<AssessmentResponse> {
  return apiRequest<AssessmentResponse>('/api/assessments', { method: 'POST', json: request });
}

/** Saves a draft. `answers` replaces the whole set; a 409 says someone saved another version meanwhile. */
export function updateAssessment(
  id: string,
  request: { answers: Answers; comments: Comments; version: number },
): Promise<AssessmentResponse> {
  return apiRequest<AssessmentResponse>(base(id), { method: 'PATCH', json: request });
}

export function submitAssessment(id: string, version: number): Promise<AssessmentResponse> {
  return apiRequest<AssessmentResponse>(`${base(id)}/submit`, { method: 'POST', json: { version } });
}

/** Validates; `version` is the one read: a 409 says someone changed the assessment meanwhile. */
export function validateAssessment(id: string, request: ValidateAssessmentRequest): Promise<AssessmentResponse> {
  return apiRequest<AssessmentResponse>(`${base(id)}/validate`, { method: 'POST', json: request });
}

/** Returns it to the coordinator; `version` is the one read, as for validating. */
export function returnAssessment(id: string, request: ReturnAssessmentRequest): Promise<AssessmentResponse> {
  return apiRequest<AssessmentResponse>(`${base(id)}/return`, { method: 'POST', json: request });
}

/** Uploads a CSV or XLSX file; with `dryRun` the API only checks it. A 422 lists every problem. */
export function importAssessments(file: File, dryRun: boolean): Promise<ImportResult> {
  return uploadImport<ImportResult>('/api/assessments/import', file, dryRun);
}
