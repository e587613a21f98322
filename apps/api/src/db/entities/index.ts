import { AnalyticsStateEntity, AnalyticsVersionPendingEntity } from './analytics-state.entity.js';
import { AssessmentRevisionEntity } from './assessment-revision.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AssessmentEntity } from './assessment.entity.js';
import { AssessmentScoreEntity } from './assessment-score.entity.js';
import { MethodologyDecisionEntity } from './methodology-decision.entity.js';
import { CountryEntity } from './country.entity.js';
import { CurrentAssessmentYearEntity } from './current-assessment-year.entity.js';
import { MaturityFactEntity } from './maturity-fact.entity.js';
import { MaturityScoreCountEntity } from './maturity-score-counts.entity.js';
import { ActionPlanFactEntity, PlanCellEntity, PlanCellValueEntity } from './action-plan-facts.entity.js';
import { CountCellEntity, CountFactEntity } from './count-cells.entity.js';
import { ZeroRecordCellEntity, ZeroRecordSharedEntity } from './zero-record-cells.entity.js';
import { OperationCellEntity } from './operation-cells.entity.js';
import {
  RegionOperationsEntity,
  RegionResultRollupEntity,
  ReportingDeltaEntity,
  RegionSeizureRollupEntity,
  ResultDeltaEntity,
} from './operation-region-rollups.entity.js';
import {
  AnalyticsRefreshQueueEntity,
  MaturityCellEntity,
  MaturityGroupingEntity,
  MemberPageMarkEntity,
  RegionYearMembersEntity,
} from './maturity-cells.entity.js';
import { GroupingEntity } from './grouping.entity.js';
import { LoginAttemptsEntity } from './login-attempts.entity.js';
import { MembershipChangeEntity } from './membership-change.entity.js';
import { RegionMemberEntity } from './region-member.entity.js';
import { RegionEntity } from './region.entity.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';
import { InstrumentEntity } from './instrument.entity.js';
import { InstrumentRevisionEntity } from './instrument-revision.entity.js';
import { ActionEntity } from './action.entity.js';
import { ActionRevisionEntity } from './action-revision.entity.js';
import { OperationEntity } from './operation.entity.js';
import { OperationCountryEntity } from './operation-country.entity.js';
import { OperationResultEntity } from './operation-result.entity.js';
import { ResultRollupEntity, SeizureRollupEntity } from './operation-rollups.entity.js';
import {
  ParticipationRollupEntity,
  ReportingRollupEntity,
  UnitRollupEntity,
} from './operation-filter-rollups.entity.js';
import { SeizureEntity } from './seizure.entity.js';
import {
  CountryDisclosureChangeEntity,
  CountryDisclosureEntity,
  DisclosureSecretEntity,
} from './country-disclosure.entity.js';

export const ENTITIES = [
  CountryEntity,
  GroupingEntity,
  RegionEntity,
  RegionMemberEntity,
  MembershipChangeEntity,
  AssessmentEntity,
  AssessmentScoreEntity,
  MethodologyDecisionEntity,
  AnalyticsStateEntity,
  AnalyticsVersionPendingEntity,
  UserEntity,
  SessionEntity,
  AssessmentRevisionEntity,
  OperationEntity,
  OperationCountryEntity,
  OperationResultEntity,
  SeizureEntity,
  SeizureRollupEntity,
  ResultRollupEntity,
  ReportingRollupEntity,
  ParticipationRollupEntity,
  UnitRollupEntity,
  AuditEntryEntity,
  LoginAttemptsEntity,
  CountryDisclosureEntity,
  CountryDisclosureChangeEntity,
  DisclosureSecretEntity,
  InstrumentEntity,
  InstrumentRevisionEntity,
  ActionEntity,
  ActionRevisionEntity,
];
export {
  InstrumentEntity,
  InstrumentRevisionEntity,
  CountryDisclosureEntity,
  CountryDisclosureChangeEntity,
  DisclosureSecretEntity,
  AuditEntryEntity,
  LoginAttemptsEntity,
  OperationEntity,
  OperationCountryEntity,
  OperationResultEntity,
  SeizureEntity,
  SeizureRollupEntity,
  ResultRollupEntity,
  AssessmentRevisionEntity,
  SessionEntity,
  UserEntity,
  AnalyticsStateEntity,
  AnalyticsVersionPendingEntity,
  AssessmentEntity,
  CurrentAssessmentYearEntity,
  MaturityFactEntity,
  MaturityScoreCountEntity,
  ActionPlanFactEntity,
  PlanCellEntity,
  PlanCellValueEntity,
  MaturityCellEntity,
  RegionYearMembersEntity,
  MemberPageMarkEntity,
  MaturityGroupingEntity,
  CountFactEntity,
  CountCellEntity,
  ZeroRecordCellEntity,
  OperationCellEntity,
  RegionResultRollupEntity,
  RegionSeizureRollupEntity,
  ResultDeltaEntity,
  RegionOperationsEntity,
  ReportingDeltaEntity,
  ZeroRecordSharedEntity,
  AnalyticsRefreshQueueEntity,
  CountryEntity,
  GroupingEntity,
  RegionEntity,
  RegionMemberEntity,
  MembershipChangeEntity,
};
