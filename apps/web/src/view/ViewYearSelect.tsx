import { useI18n } from '../i18n/useI18n';
import { YearSelect } from '../ui/YearSelect';
import { useSelectableYears } from '../url/useSelectableYears';
import type { AnalyticsView } from './useAnalyticsView';

/** The view's single year, among the years with data up to the current year. */
export function ViewYearSelect({
  view,
  currentYear,
  label,
}: {
  view: AnalyticsView;
  currentYear: number;
  label?: string;
}) {
  const { t } = useI18n();
  const years = useSelectableYears(currentYear, [view.state.year]);
  return (
    <YearSelect
      label={label ?? t('year')}
      value={view.state.year}
      years={years}
      onChange={(year) => {
        view.update({ year });
      }}
    />
  );
}
