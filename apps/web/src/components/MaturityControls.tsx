import type { GroupingsResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { PageState } from '../url/pageState';
import { GroupingSelect } from './GroupingSelect';
import { YearSelect } from './YearSelect';
import { CheckboxField } from './CheckboxField';

interface MaturityControlsProps {
  state: PageState;
  /** The grouping actually shown, which differs from state.grouping when the URL named an unknown one. */
  groupingId: string;
  groupings: GroupingsResponse['groupings'] | undefined;
  groupingsError: Error | null;
  onRetryGroupings: () => void;
  years: readonly number[];
  onChange: (patch: Partial<PageState>) => void;
}

export function MaturityControls(props: MaturityControlsProps) {
  const { state, groupingId, groupings, groupingsError, onRetryGroupings, years, onChange } = props;
  const { t } = useI18n();
  return (
    <form
      className="maturity-controls"
      aria-label={t('controlsLegend')}
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <GroupingSelect
        groupings={groupings}
        value={groupingId}
        onChange={(grouping) => {
          onChange({ grouping });
        }}
        loadError={groupingsError}
        onRetry={onRetryGroupings}
      />
      {/* Each list offers only years that keep from ≤ to, so an impossible range cannot be chosen. */}
      <YearSelect
        label={t('fromLabel')}
        value={state.from}
        years={years.filter((y) => y <= state.to)}
        onChange={(from) => {
          onChange({ from });
        }}
      />
      <YearSelect
        label={t('toLabel')}
        value={state.to}
        years={years.filter((y) => y >= state.from)}
        onChange={(to) => {
          onChange({ to });
        }}
      />
      <div className="field-group">
        <CheckboxField
          label={t('showBandLabel')}
          checked={state.band}
          onChange={(band) => {
            onChange({ band });
          }}
        />
        <CheckboxField
          label={t('showAllMembersLabel')}
          checked={state.allMembers}
          onChange={(allMembers) => {
            onChange({ allMembers });
          }}
        />
      </div>
    </form>
  );
}
