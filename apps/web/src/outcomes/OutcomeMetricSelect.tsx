import { OUTCOME_METRICS, type OutcomeMetric } from '@cpc/domain';
import { SelectField } from '../ui/SelectField';
import { TREND_METRIC_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';

/** The operational outcome set against the maturity index. */
export function OutcomeMetricSelect({
  value,
  onChange,
}: {
  value: OutcomeMetric;
  onChange: (m: OutcomeMetric) => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('scatterMetricLabel')}
      value={value}
      options={OUTCOME_METRICS.map((m) => ({ value: m, label: t(TREND_METRIC_LABELS[m]) }))}
      onChange={(next) => {
        onChange(OUTCOME_METRICS.find((m) => m === next) ?? value);
      }}
    />
  );
}
