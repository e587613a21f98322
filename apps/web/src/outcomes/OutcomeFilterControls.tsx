import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  COMMODITIES,
  COMMODITY_LABELS,
  PROGRAMMES,
  PROGRAMME_LABELS,
  type Activity,
  type Commodity,
  type Programme,
} from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { VocabularySelect } from '../operations/VocabularySelect';

export interface OutcomeFilters {
  programme: Programme | null;
  activity: Activity | null;
  commodity: Commodity | null;
}

interface OutcomeFilterControlsProps extends OutcomeFilters {
  onChange: (patch: Partial<OutcomeFilters>) => void;
}

/** Which operations count: of one programme, with one joint activity, with seizures of one commodity. */
export function OutcomeFilterControls({ programme, activity, commodity, onChange }: OutcomeFilterControlsProps) {
  const { t } = useI18n();
  return (
    <>
      <VocabularySelect
        label={t('opsProgramme')}
        values={PROGRAMMES}
        labels={PROGRAMME_LABELS}
        value={programme ?? ''}
        emptyLabel={t('opsAllProgrammes')}
        className="field-wide"
        onChange={(value) => {
          onChange({ programme: value || null });
        }}
      />
      <VocabularySelect
        label={t('opsActivity')}
        values={ACTIVITIES}
        labels={ACTIVITY_LABELS}
        value={activity ?? ''}
        emptyLabel={t('opsAllActivities')}
        onChange={(value) => {
          onChange({ activity: value || null });
        }}
      />
      <VocabularySelect
        label={t('resultCommodity')}
        values={COMMODITIES}
        labels={COMMODITY_LABELS}
        value={commodity ?? ''}
        emptyLabel={t('commodityAll')}
        onChange={(value) => {
          onChange({ commodity: value || null });
        }}
      />
    </>
  );
}
