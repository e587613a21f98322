import type { AssessmentStatus, DisclosureLevel, RevisionResponse, Role } from '@cpc/domain';
import type { TrendMetric } from '../analytics/operationsSeries';
import type { MessageKey } from './en';

/** The dictionary key of each role, status and history action, so a new value is a compile error until named. */
export const ROLE_LABELS: Record<Role, MessageKey> = {
  admin: 'roleAdmin',
  analyst: 'roleAnalyst',
  coordinator: 'roleCoordinator',
  viewer: 'roleViewer',
};

export const STATUS_LABELS: Record<AssessmentStatus, MessageKey> = {
  draft: 'statusDraft',
  submitted: 'statusSubmitted',
  validated: 'statusValidated',
  returned: 'statusReturned',
};

export const ACTION_LABELS: Record<RevisionResponse['action'], MessageKey> = {
  created: 'actionCreated',
  updated: 'actionUpdated',
  submitted: 'actionSubmitted',
  validated: 'actionValidated',
  returned: 'actionReturned',
  imported: 'actionImported',
};

/** The name of each operational outcome drawn or set against maturity. */
export const TREND_METRIC_LABELS: Record<TrendMetric, MessageKey> = {
  operations: 'metricOperations',
  arrests: 'metricArrests',
  seizureCases: 'metricSeizureCases',
  controlledDeliveries: 'metricControlledDeliveries',
  hitRate: 'metricHitRate',
};

/** The name of each disclosure level, and what it means for the country's figures. */
export const DISCLOSURE_LABELS: Record<DisclosureLevel, MessageKey> = {
  confidential: 'disclosureConfidential',
  members: 'disclosureMembers',
};

export const DISCLOSURE_TEXTS: Record<DisclosureLevel, MessageKey> = {
  confidential: 'disclosureConfidentialText',
  members: 'disclosureMembersText',
};

/** The question asked before a preference is changed to each level. */
export const DISCLOSURE_CONFIRMATIONS: Record<DisclosureLevel, MessageKey> = {
  confidential: 'disclosureConfirmConfidential',
  members: 'disclosureConfirmMembers',
};
