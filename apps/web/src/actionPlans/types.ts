/** The action plans' contract (issue #17), from the shared schemas. */
export {
  ACTION_LEADS,
  ACTION_STATUSES,
  type ActionClosure,
  type ActionHistoryResponse,
  type ActionLead,
  type ActionPlanResponse,
  type ActionRevision,
  type ActionStatus,
  type CandidateAction,
  type CreateActionRequest,
  type PlanAction,
  type UpdateActionRequest,
} from '@cpc/domain';
