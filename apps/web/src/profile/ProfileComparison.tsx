import type { ProfileResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { useI18n } from '../i18n/useI18n';
import { DimensionComparison } from './DimensionComparison';

interface ProfileComparisonProps {
  profile: ProfileResponse;
  country: string;
  source: ExportSource;
}

/** The dimensions against the region's, or why there is no comparison. */
export function ProfileComparison({ profile, country, source }: ProfileComparisonProps) {
  const { t, localize } = useI18n();
  const region = profile.comparisonRegion;
  if (!region) {
    return (
      <p className="notice" data-testid="no-comparison">
        {profile.latest ? t('comparisonNoRegion', { country }) : t('comparisonNoAssessment', { country })}
      </p>
    );
  }
  return (
    <DimensionComparison
      comparison={profile.comparison}
      country={country}
      region={localize(region.name)}
      year={region.year}
      source={source}
      orderStatistics={!profile.protected}
    />
  );
}
