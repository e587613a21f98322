import { AnalyticsStateEntity } from './analytics-state.entity.js';
import { AssessmentEntity } from './assessment.entity.js';
import { CountryEntity } from './country.entity.js';
import { DimensionScoreEntity } from './dimension-score.entity.js';
import { GroupingEntity } from './grouping.entity.js';
import { RegionMemberEntity } from './region-member.entity.js';
import { RegionEntity } from './region.entity.js';

export const ENTITIES = [
  CountryEntity,
  GroupingEntity,
  RegionEntity,
  RegionMemberEntity,
  AssessmentEntity,
  DimensionScoreEntity,
  AnalyticsStateEntity,
];
export {
  AnalyticsStateEntity,
  AssessmentEntity,
  CountryEntity,
  DimensionScoreEntity,
  GroupingEntity,
  RegionEntity,
  RegionMemberEntity,
};
