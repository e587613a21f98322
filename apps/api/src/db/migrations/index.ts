import { Initial1795769868986 } from './1795769868986-initial.js';
import { AnalyticsVersion1795771000000 } from './1795771000000-analytics-version.js';
import { AccountsAndHistory1795772000000 } from './1795772000000-accounts-and-history.js';
import { ItemPoints1795773000000 } from './1795773000000-item-points.js';
import { Operations1795774000000 } from './1795774000000-operations.js';
import { AuditLogAndLockout1795775000000 } from './1795775000000-audit-log-and-lockout.js';
import { ChangeNotifications1795776000000 } from './1795776000000-change-notifications.js';
import { LoginAttempts1795777000000 } from './1795777000000-login-attempts.js';
import { Disclosure1795778000000 } from './1795778000000-disclosure.js';
import { DropUserLockout1795779000000 } from './1795779000000-drop-user-lockout.js';
import { DatedMemberships1795781000000 } from './1795781000000-dated-memberships.js';
import { MembershipChanges1795782000000 } from './1795782000000-membership-changes.js';
import { ScoresByMethodology1795783000000 } from './1795783000000-scores-by-methodology.js';
import { LocalizedNames1795780000000 } from './1795780000000-localized-names.js';
import { InstrumentsRegister1795784000000 } from './1795784000000-instruments-register.js';
import { ResultsJointUnits1795785000000 } from './1795785000000-results-joint-units.js';
import { CurrentAssessmentYears1795787000000 } from './1795787000000-current-assessment-years.js';
import { ActionPlans1795786000000 } from './1795786000000-action-plans.js';
import { OperationFilterRollups1795788000000 } from './1795788000000-operation-filter-rollups.js';
import { MaturityCells1795789000000 } from './1795789000000-maturity-cells.js';
import { VersionAtCommit1795790000000 } from './1795790000000-version-at-commit.js';
import { ActivitySetRollups1795791000000 } from './1795791000000-activity-set-rollups.js';
import { CountCells1795792000000 } from './1795792000000-count-cells.js';
import { ZeroRecordCells1795793000000 } from './1795793000000-zero-record-cells.js';
import { ActionFacts1795794000000 } from './1795794000000-action-facts.js';
import { OperationCells1795795000000 } from './1795795000000-operation-cells.js';
import { RegionFilterRollups1795796000000 } from './1795796000000-region-filter-rollups.js';
import { ActionPlanFacts1795797000000 } from './1795797000000-action-plan-facts.js';
import { MaturityScoreCounts1795798000000 } from './1795798000000-maturity-score-counts.js';
import { MaturityFactsCovering1795799000000 } from './1795799000000-maturity-facts-covering.js';
import { DropScoreLookupIndexes1795800000000 } from './1795800000000-drop-score-lookup-indexes.js';
import { MethodologyDecisionsNotify1795801000000 } from './1795801000000-methodology-decisions-notify.js';
import { DropSeizureFilterRollup1795802000000 } from './1795802000000-drop-seizure-filter-rollup.js';
import { NarrowResultFilterRollup1795803000000 } from './1795803000000-narrow-result-filter-rollup.js';
import { DropResultFilterRollup1795804000000 } from './1795804000000-drop-result-filter-rollup.js';
import { DropSeizureCommodityIndex1795805000000 } from './1795805000000-drop-seizure-commodity-index.js';
import { ScoreBreakdownsInline1795806000000 } from './1795806000000-score-breakdowns-inline.js';
import { MemberPageMarks1795807000000 } from './1795807000000-member-page-marks.js';
import { RollupFillfactor1795808000000 } from './1795808000000-rollup-fillfactor.js';
import { ResultDeltas1795809000000 } from './1795809000000-result-deltas.js';
import { TimeOrderedIds1795810000000 } from './1795810000000-time-ordered-ids.js';

/** Every migration, in order. `npm run migrations:check` fails when the entities need another one. */
export const MIGRATIONS = [
  Initial1795769868986,
  AnalyticsVersion1795771000000,
  AccountsAndHistory1795772000000,
  ItemPoints1795773000000,
  Operations1795774000000,
  AuditLogAndLockout1795775000000,
  ChangeNotifications1795776000000,
  LoginAttempts1795777000000,
  Disclosure1795778000000,
  DropUserLockout1795779000000,
  LocalizedNames1795780000000,
  DatedMemberships1795781000000,
  MembershipChanges1795782000000,
  ScoresByMethodology1795783000000,
  InstrumentsRegister1795784000000,
  ResultsJointUnits1795785000000,
  ActionPlans1795786000000,
  CurrentAssessmentYears1795787000000,
  OperationFilterRollups1795788000000,
  MaturityCells1795789000000,
  VersionAtCommit1795790000000,
  ActivitySetRollups1795791000000,
  CountCells1795792000000,
  ZeroRecordCells1795793000000,
  ActionFacts1795794000000,
  OperationCells1795795000000,
  RegionFilterRollups1795796000000,
  ActionPlanFacts1795797000000,
  MaturityScoreCounts1795798000000,
  MaturityFactsCovering1795799000000,
  DropScoreLookupIndexes1795800000000,
  MethodologyDecisionsNotify1795801000000,
  DropSeizureFilterRollup1795802000000,
  NarrowResultFilterRollup1795803000000,
  DropResultFilterRollup1795804000000,
  DropSeizureCommodityIndex1795805000000,
  ScoreBreakdownsInline1795806000000,
  MemberPageMarks1795807000000,
  RollupFillfactor1795808000000,
  ResultDeltas1795809000000,
  TimeOrderedIds1795810000000,
];
