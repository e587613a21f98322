import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { setUrl, subscribeToUrl, type HistoryMode } from '../router/history';
import { parsePageState, serializePageState, type PageState } from './pageState';

export type { HistoryMode };

function getSearch(): string {
  return window.location.search;
}

/**
 * The dashboard's state lives in the query string only, so reload, shared links and back/forward all
 * show the same view. Choices the reader makes are pushed (back undoes them); corrections the
 * app makes, such as replacing an unknown grouping, are replaced.
 */
export function usePageState(currentYear: number) {
  const search = useSyncExternalStore(subscribeToUrl, getSearch, getSearch);
  const state = useMemo(() => parsePageState(search, currentYear), [search, currentYear]);

  const update = useCallback(
    (patch: Partial<PageState>, mode: HistoryMode = 'push') => {
      const current = parsePageState(window.location.search, currentYear);
      const nextSearch = serializePageState({ ...current, ...patch }, window.location.search);
      if (nextSearch === window.location.search) return;
      setUrl(`${window.location.pathname}${nextSearch}${window.location.hash}`, mode);
    },
    [currentYear],
  );

  return [state, update] as const;
}
