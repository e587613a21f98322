import type { AnalyticsView } from './useAnalyticsView';
import { StatusToggle } from './StatusToggle';

/** The view's status set, offered only to the readers who may choose it (not national users). */
export function ViewStatusToggle({ view }: { view: AnalyticsView }) {
  if (!view.statusChoice) return null;
  return (
    <StatusToggle
      value={view.state.status}
      onChange={(status) => {
        view.update({ status });
      }}
    />
  );
}
