import type { ProfileResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { GapList } from '../results/GapList';

/** The latest counted assessment's gaps, with the handbook's recommendations. */
export function ProfileGaps({ latest }: { latest: NonNullable<ProfileResponse['latest']> }) {
  const { t } = useI18n();
  return (
    <div className="analytics-section">
      <GapList gaps={latest.gaps} note={t('profileGapsOf', { year: latest.year })} />
    </div>
  );
}
