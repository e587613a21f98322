import { CheckboxField } from '../components/CheckboxField';
import { DimensionSelect } from '../components/DimensionSelect';
import { useI18n } from '../i18n/useI18n';
import type { AnalyticsView } from '../url/useAnalyticsView';

/** What the regional chart draws: the overall index or a dimension, the IQR bands, the all-members line. */
export function RegionalChartControls({ view }: { view: AnalyticsView }) {
  const { t } = useI18n();
  const { state, update } = view;
  return (
    <div className="section-controls">
      <DimensionSelect
        value={state.dimension}
        onChange={(dimension) => {
          update({ dimension });
        }}
      />
      <div className="field-group">
        <CheckboxField
          label={t('showBandLabel')}
          checked={state.band}
          onChange={(band) => {
            update({ band });
          }}
        />
        <CheckboxField
          label={t('showAllMembersLabel')}
          checked={state.allMembers}
          onChange={(allMembers) => {
            update({ allMembers });
          }}
        />
      </div>
    </div>
  );
}
