import { CheckboxField } from '../ui/CheckboxField';
import { DimensionSelect } from '../view/DimensionSelect';
import { useI18n } from '../i18n/useI18n';
import type { AnalyticsView } from '../view/useAnalyticsView';

interface RegionalChartControlsProps {
  view: AnalyticsView;
  /** Whether the figures have quartiles to draw: national users get none, and no checkbox for them. */
  bandAvailable: boolean;
}

/** What the regional chart draws: the overall index or a dimension, the IQR bands, the all-members line. */
export function RegionalChartControls({ view, bandAvailable }: RegionalChartControlsProps) {
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
        {bandAvailable && (
          <CheckboxField
            label={t('showBandLabel')}
            checked={state.band}
            onChange={(band) => {
              update({ band });
            }}
          />
        )}
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
