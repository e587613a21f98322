import type { AssessmentResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { continuumLevel } from './levelText';

type Scores = NonNullable<AssessmentResponse['scores']>;

/** The overall index, the level it gives on the continuum, and the level the administration chose itself (A.18). */
export function LevelSummary({ scores }: { scores: Scores }) {
  const { t, localize, format } = useI18n();
  const computed = continuumLevel(scores.level);
  const self = scores.selfLevel === null ? undefined : continuumLevel(scores.selfLevel);
  const difference = scores.selfLevel === null ? 0 : scores.selfLevel - scores.level;
  return (
    <div className="level-summary">
      <dl className="score-figures">
        <div>
          <dt>{t('overallIndex')}</dt>
          <dd data-testid="overall-index">
            {/* A score out of 100 reads left to right in Arabic too, or "67.8 / 100" would show as "100 / 67.8". */}
            <bdi dir="ltr">{t('indexOutOf100', { value: format.index(scores.overall) })}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('computedLevel')}</dt>
          <dd data-testid="computed-level">
            {computed ? t('levelValue', { level: computed.level, name: localize(computed.name) }) : scores.level}
          </dd>
        </div>
        <div>
          <dt>{t('selfLevel')}</dt>
          <dd data-testid="self-level">
            {self ? t('levelValue', { level: self.level, name: localize(self.name) }) : t('noAnswer')}
          </dd>
        </div>
      </dl>
      {computed && <p className="level-description">{localize(computed.description)}</p>}
      {difference !== 0 && (
        <p className="muted">
          {difference > 0 ? t('selfLevelAbove', { count: difference }) : t('selfLevelBelow', { count: -difference })}
        </p>
      )}
    </div>
  );
}
