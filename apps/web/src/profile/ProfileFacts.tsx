import { CURRENT_WINDOW_YEARS, type ProfileResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** Where the country belongs, and how fresh its figures are. */
export function ProfileFacts({ profile }: { profile: ProfileResponse }) {
  const { t, localize } = useI18n();
  const { freshness, regions } = profile;
  return (
    <dl className="assessment-facts profile-facts" data-testid="profile-facts">
      <div>
        <dt>{t('profileLatestYear')}</dt>
        <dd data-testid="freshness">
          {freshness.latestYear ?? t('notAssessed')}{' '}
          {freshness.stale && (
            <span className="stale-badge" title={t('staleExplained', { window: CURRENT_WINDOW_YEARS + 1 })}>
              {t('stale')}
            </span>
          )}
        </dd>
      </div>
      {regions.map((r) => (
        <div key={`${r.grouping}-${r.code}`}>
          <dt>{localize(r.groupingName)}</dt>
          <dd>{localize(r.name)}</dd>
        </div>
      ))}
    </dl>
  );
}
