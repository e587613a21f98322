import type { ProfileResponse, SessionUser } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { AssessmentHistory } from './AssessmentHistory';
import { DimensionComparison } from './DimensionComparison';
import { LevelComparison } from './LevelComparison';
import { ProfileFacts } from './ProfileFacts';
import { ProfileGaps } from './ProfileGaps';
import { TrajectorySection } from './TrajectorySection';

/** Everything the profile shows once loaded. */
export function ProfileBody({ profile, user }: { profile: ProfileResponse; user: SessionUser }) {
  const { t, localize } = useI18n();
  const country = localize(profile.country.name);
  const region = profile.comparisonRegion;
  return (
    <>
      <ProfileFacts profile={profile} />
      <TrajectorySection assessments={profile.assessments} country={country} />
      {region ? (
        <DimensionComparison
          comparison={profile.comparison}
          country={country}
          region={localize(region.name)}
          year={region.year}
        />
      ) : (
        <p className="notice" data-testid="no-comparison">
          {profile.latest ? t('comparisonNoRegion', { country }) : t('comparisonNoAssessment', { country })}
        </p>
      )}
      {profile.latest && <LevelComparison levels={profile.selfVsComputed} />}
      {profile.latest && <ProfileGaps latest={profile.latest} />}
      <AssessmentHistory assessments={profile.assessments} iso3={profile.country.iso3} country={country} user={user} />
    </>
  );
}
