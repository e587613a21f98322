import type { AnalyticsView } from './useAnalyticsView';
import { GroupingSelect } from './GroupingSelect';

/** The grouping selector of an analytics page: a new grouping starts from its whole membership. */
export function ViewGroupingSelect({ view }: { view: AnalyticsView }) {
  return (
    <GroupingSelect
      groupings={view.groupings.data?.groupings}
      value={view.groupingId}
      onChange={(grouping) => {
        view.update({ grouping, region: null });
      }}
      loadError={view.groupings.error}
      onRetry={() => void view.groupings.refetch()}
    />
  );
}
