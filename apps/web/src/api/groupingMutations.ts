import type {
  CreateGroupingRequest,
  GroupingResponse,
  MembershipChangeRequest,
  UpdateGroupingRequest,
} from '@cpc/domain';
import { apiRequest } from './apiRequest';

const base = (id: string) => `/api/groupings/${encodeURIComponent(id)}`;

export function createGrouping(request: CreateGroupingRequest): Promise<GroupingResponse> {
  return apiRequest<GroupingResponse>('/api/groupings', { method: 'POST', json: request });
}

export function updateGrouping(id: string, request: UpdateGroupingRequest): Promise<GroupingResponse> {
  return apiRequest<GroupingResponse>(base(id), { method: 'PATCH', json: request });
}

export function deleteGrouping(id: string): Promise<void> {
  return apiRequest<undefined>(base(id), { method: 'DELETE' });
}

/** An admin's dated change of membership (accession, move, departure): the grouping as the effective year counts it. */
export function recordMembershipChange(id: string, request: MembershipChangeRequest): Promise<GroupingResponse> {
  return apiRequest<GroupingResponse>(`${base(id)}/membership-changes`, { method: 'POST', json: request });
}
