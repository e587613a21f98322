import type {
  Activity,
  CreateOperationRequest,
  Lead,
  OperationResponse,
  Programme,
  UpdateOperationRequest,
} from '@cpc/domain';
import type { MessageKey } from '../i18n/en';
import type { Checked } from './formErrors';

/** The operation form as typed: choices may still be blank. */
export interface OperationDraft {
  code: string;
  name: string;
  description: string;
  programme: Programme | '';
  lead: Lead | '';
  activities: Activity[];
  startDate: string;
  endDate: string;
  countries: string[];
}

/** The fields the form shows, by the names the API gives them in a 400. */
export const OPERATION_FIELDS = [
  'code',
  'name',
  'description',
  'programme',
  'lead',
  'activities',
  'startDate',
  'endDate',
  'countries',
] as const;

export function emptyOperationDraft(): OperationDraft {
  return {
    code: '',
    name: '',
    description: '',
    programme: '',
    lead: '',
    activities: [],
    startDate: '',
    endDate: '',
    countries: [],
  };
}

export function operationDraftOf(operation: OperationResponse): OperationDraft {
  return {
    code: operation.code,
    name: operation.name,
    description: operation.description ?? '',
    programme: operation.programme,
    lead: operation.lead,
    activities: [...operation.activities],
    startDate: operation.startDate,
    endDate: operation.endDate,
    countries: [...operation.countries],
  };
}

/**
 * The request for a draft. Only the two lists the form cannot send blank are checked here; everything
 * else (code, dates, at least one activity and country…) is the API's to check, and its 400 names the field.
 */
export function checkOperationDraft(draft: OperationDraft): Checked<CreateOperationRequest> {
  const problems = new Map<string, MessageKey>();
  if (draft.programme === '') problems.set('programme', 'opsChooseProgramme');
  if (draft.lead === '') problems.set('lead', 'opsChooseLead');
  if (draft.programme === '' || draft.lead === '') return { ok: false, problems };
  const description = draft.description.trim();
  return {
    ok: true,
    value: {
      code: draft.code.trim(),
      name: draft.name.trim(),
      ...(description ? { description } : {}),
      programme: draft.programme,
      lead: draft.lead,
      activities: draft.activities,
      startDate: draft.startDate,
      endDate: draft.endDate,
      countries: draft.countries,
    },
  };
}

/** An edit sends every field; a blank description clears it. */
export function toOperationUpdate(request: CreateOperationRequest): UpdateOperationRequest {
  return { ...request, description: request.description ?? null };
}
