import { useId } from 'react';
import { CONTINUUM_LEVELS, type ProfileResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** The five levels of the continuum, with the computed level and the self-assessed one (A.18) marked. */
export function LevelComparison({ levels }: { levels: ProfileResponse['selfVsComputed'] }) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const { selfLevel, computedLevel, difference } = levels;
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="level-comparison">
      <h2 id={titleId}>{t('selfVsComputedTitle')}</h2>
      <ol className="continuum">
        {CONTINUUM_LEVELS.map((level) => {
          const isComputed = level.level === computedLevel;
          const isSelf = level.level === selfLevel;
          return (
            <li key={level.level} className={isComputed || isSelf ? 'continuum-step is-marked' : 'continuum-step'}>
              <span className="continuum-name">
                {t('levelValue', { level: level.level, name: localize(level.name) })}
              </span>
              {isComputed && <span className="continuum-badge badge-computed">{t('computedLevel')}</span>}
              {isSelf && <span className="continuum-badge badge-self">{t('selfLevel')}</span>}
            </li>
          );
        })}
      </ol>
      <p data-testid="level-difference">
        {difference === null
          ? t('selfVsComputedMissing')
          : difference === 0
            ? t('selfVsComputedSame')
            : difference > 0
              ? t('selfLevelAbove', { count: difference })
              : t('selfLevelBelow', { count: -difference })}
      </p>
    </section>
  );
}
