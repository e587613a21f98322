import type { ProfileResponse, SessionUser } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { useI18n } from '../i18n/useI18n';
import { AssessmentHistory } from './AssessmentHistory';
import { LevelComparison } from './LevelComparison';
import { ProfileComparison } from './ProfileComparison';
import { ProfileFacts } from './ProfileFacts';
import { ProfileGaps } from './ProfileGaps';
import { TrajectorySection } from './TrajectorySection';

interface ProfileBodyProps {
  profile: ProfileResponse;
  user: SessionUser;
  /** The profile resource, for the charts' download menus. */
  source: ExportSource;
}

/** Everything the profile shows once loaded. */
export function ProfileBody({ profile, user, source }: ProfileBodyProps) {
  const { localize } = useI18n();
  const country = localize(profile.country.name);
  return (
    <>
      <ProfileFacts profile={profile} />
      <TrajectorySection assessments={profile.assessments} country={country} source={source} />
      <ProfileComparison profile={profile} country={country} source={source} />
      {profile.latest && <LevelComparison levels={profile.selfVsComputed} />}
      {profile.latest && <ProfileGaps latest={profile.latest} />}
      <AssessmentHistory assessments={profile.assessments} iso3={profile.country.iso3} country={country} user={user} />
    </>
  );
}
