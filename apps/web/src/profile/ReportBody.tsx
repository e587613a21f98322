import type { ProfileResponse, SessionUser } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ProtectedFiguresContext } from '../disclosure/protectedFigures';
import { useI18n } from '../i18n/useI18n';
import { PlanReportSection } from '../actionPlans/PlanReportSection';
import { AssessmentHistory } from './AssessmentHistory';
import { ProfileComparison } from './ProfileComparison';
import { ProfileFacts } from './ProfileFacts';
import { ProfileGaps } from './ProfileGaps';
import { ReportFooter } from './ReportFooter';
import { TrajectorySection } from './TrajectorySection';

interface ReportBodyProps {
  profile: ProfileResponse;
  user: SessionUser;
  source: ExportSource;
  validatedOnly: boolean;
}

/** The printable report: the profile's charts, its gaps with the handbook's recommendations, its history. */
export function ReportBody({ profile, user, source, validatedOnly }: ReportBodyProps) {
  const { localize } = useI18n();
  const country = localize(profile.country.name);
  return (
    <ProtectedFiguresContext.Provider value={profile.protected}>
      <ProfileFacts profile={profile} />
      <TrajectorySection assessments={profile.assessments} country={country} source={source} />
      <ProfileComparison profile={profile} country={country} source={source} />
      {profile.latest && <ProfileGaps latest={profile.latest} />}
      <PlanReportSection iso3={profile.country.iso3} />
      <AssessmentHistory assessments={profile.assessments} iso3={profile.country.iso3} country={country} user={user} />
      <ReportFooter
        validatedOnly={validatedOnly}
        protectedFigures={profile.protected}
        methodologyVersion={profile.methodologyVersion}
      />
    </ProtectedFiguresContext.Provider>
  );
}
