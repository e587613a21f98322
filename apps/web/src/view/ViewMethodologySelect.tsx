import { useId } from 'react';
import { METHODOLOGY_VERSIONS, METHODOLOGY_VERSION_TEXTS, type MethodologyVersion } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { useDefaultMethodology } from '../methodology/shownMethodology';
import type { AnalyticsView } from './useAnalyticsView';

/**
 * The methodology the page's figures are scored with, kept in the address (`?methodology=v2`) once chosen so a
 * link shows the same figures; until then the default version an admin adopted, which the list marks.
 */
export function ViewMethodologySelect({ view }: { view: AnalyticsView }) {
  const { t, localize } = useI18n();
  const id = useId();
  const summaryId = useId();
  const defaultVersion = useDefaultMethodology();
  const shown = view.state.methodology ?? defaultVersion;
  const optionLabel = (version: MethodologyVersion) => {
    const title = localize(METHODOLOGY_VERSION_TEXTS[version].title);
    return version === defaultVersion ? t('methodologyDefaultOption', { title }) : title;
  };
  return (
    <div className="field methodology-field" data-testid="methodology-switch">
      <label htmlFor={id}>{t('methodologySwitchLabel')}</label>
      <select
        id={id}
        value={shown ?? ''}
        aria-describedby={shown ? summaryId : undefined}
        onChange={(e) => {
          view.update({ methodology: e.target.value as MethodologyVersion });
        }}
      >
        {!shown && <option value="">{t('methodologyLoading')}</option>}
        {METHODOLOGY_VERSIONS.map((version) => (
          <option key={version} value={version}>
            {optionLabel(version)}
          </option>
        ))}
      </select>
      {shown && (
        <p id={summaryId} className="field-hint methodology-summary">
          {localize(METHODOLOGY_VERSION_TEXTS[shown].summary)}
        </p>
      )}
    </div>
  );
}
