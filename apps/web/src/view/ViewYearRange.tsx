import { YearRangeFields } from '../ui/YearRangeFields';
import { useSelectableYears } from '../url/useSelectableYears';
import type { AnalyticsView } from './useAnalyticsView';

/** The view's period, from and to, among the years with data up to the current year. */
export function ViewYearRange({ view, currentYear }: { view: AnalyticsView; currentYear: number }) {
  const { from, to } = view.state;
  const years = useSelectableYears(currentYear, [from, to]);
  return (
    <YearRangeFields
      from={from}
      to={to}
      years={years}
      onChange={(patch) => {
        view.update(patch);
      }}
    />
  );
}
