import { METHODOLOGY_VERSION_TEXTS } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { VersionScore } from './countryVersions';

/**
 * The overall index under each version as bars on the 0–100 scale, drawn in HTML so that they grow from the
 * side the language starts from. The table above says the same: the bars are hidden from screen readers.
 */
export function IndexBars({ scores }: { scores: readonly VersionScore[] }) {
  const { localize, format } = useI18n();
  return (
    <div className="index-bars" aria-hidden="true" data-testid="methodology-country-chart">
      {scores.map((score) => (
        <div key={score.version} className="index-bar-row" data-version={score.version}>
          <span className="index-bar-label">{localize(METHODOLOGY_VERSION_TEXTS[score.version].title)}</span>
          <span className="index-bar-track">
            <span className={`index-bar index-bar-${score.version}`} style={{ inlineSize: `${score.overall}%` }} />
          </span>
          <span className="index-bar-value">{format.index(score.overall)}</span>
        </div>
      ))}
    </div>
  );
}
