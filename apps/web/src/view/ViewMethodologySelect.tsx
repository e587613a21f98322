import { useId } from 'react';
import { METHODOLOGY_VERSIONS, METHODOLOGY_VERSION_TEXTS, type MethodologyVersion } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { useDefaultMethodology } from '../methodology/shownMethodology';
import { InfoTip } from '../ui/InfoTip';
import type { AnalyticsView } from './useAnalyticsView';

/**
 * The methodology the page's figures are scored with, kept in the address (`?methodology=v2`) once chosen so a
 * link shows the same figures; until then the default version an admin adopted, which the list marks. What the
 * version is shows in a tip beside the label, and as the list's tooltip.
 */
export function ViewMethodologySelect({ view }: { view: AnalyticsView }) {
  const { t, localize } = useI18n();
  const id = useId();
  const defaultVersion = useDefaultMethodology();
  const shown = view.state.methodology ?? defaultVersion;
  const title = (version: MethodologyVersion) => localize(METHODOLOGY_VERSION_TEXTS[version].title);
  const summary = shown ? localize(METHODOLOGY_VERSION_TEXTS[shown].summary) : undefined;
  return (
    <div className="field methodology-field" data-testid="methodology-switch">
      <span className="methodology-label">
        <label htmlFor={id}>{t('methodologySwitchLabel')}</label>
        {shown && summary && <InfoTip label={title(shown)}>{summary}</InfoTip>}
      </span>
      <select
        id={id}
        value={shown ?? ''}
        title={summary}
        onChange={(e) => {
          view.update({ methodology: e.target.value as MethodologyVersion });
        }}
      >
        {!shown && <option value="">{t('methodologyLoading')}</option>}
        {METHODOLOGY_VERSIONS.map((version) => (
          <option key={version} value={version}>
            {version === defaultVersion ? t('methodologyDefaultOption', { title: title(version) }) : title(version)}
          </option>
        ))}
      </select>
    </div>
  );
}
