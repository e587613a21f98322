import { YearRangeFields } from '../ui/YearRangeFields';
import type { AnalyticsView } from './useAnalyticsView';

/** The view's period, from and to, among the selectable years. */
export function ViewYearRange({ view, years }: { view: AnalyticsView; years: readonly number[] }) {
  return (
    <YearRangeFields
      from={view.state.from}
      to={view.state.to}
      years={years}
      onChange={(patch) => {
        view.update(patch);
      }}
    />
  );
}
