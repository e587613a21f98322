import { DIMENSION_DEFINITIONS } from '@cpc/domain';
import { SelectField } from '../ui/SelectField';
import { useI18n } from '../i18n/useI18n';
import type { MapMetric } from '../url/pageState';

const METRICS: readonly MapMetric[] = ['overall', 'level', ...DIMENSION_DEFINITIONS.map((d) => d.code)];

/** What colours the map: the overall index, the computed level, or one dimension's score. */
export function MetricSelect({ value, onChange }: { value: MapMetric; onChange: (metric: MapMetric) => void }) {
  const { t, localize } = useI18n();
  const labelOf = (metric: MapMetric) => {
    if (metric === 'overall') return t('overallIndex');
    if (metric === 'level') return t('computedLevel');
    const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === metric);
    return dimension ? localize(dimension.label) : metric;
  };
  return (
    <SelectField
      label={t('mapMetricLabel')}
      value={value}
      className="field-wide"
      options={METRICS.map((metric) => ({ value: metric, label: labelOf(metric) }))}
      onChange={(next) => {
        onChange(METRICS.find((m) => m === next) ?? 'overall');
      }}
    />
  );
}
