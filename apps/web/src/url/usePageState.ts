import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { setUrl, subscribeToUrl, type HistoryMode } from '../router/history';
import { parsePageState, serializePageState, type PageState, type StateKey } from './pageState';

export type { HistoryMode };

function getSearch(): string {
  return window.location.search;
}

/**
 * A page's view state lives in the query string only, so reload, shared links and back/forward all
 * show the same view. Choices the reader makes are pushed (back undoes them); corrections the
 * app makes, such as replacing an unknown grouping, are replaced. `keys` are the parts the page owns.
 */
export function usePageState(currentYear: number, keys: readonly StateKey[]) {
  const search = useSyncExternalStore(subscribeToUrl, getSearch, getSearch);
  const state = useMemo(() => parsePageState(search, currentYear), [search, currentYear]);
  const keyList = keys.join(',');

  const update = useCallback(
    (patch: Partial<PageState>, mode: HistoryMode = 'push') => {
      const current = parsePageState(window.location.search, currentYear);
      const nextSearch = serializePageState(
        { ...current, ...patch },
        keyList.split(',') as StateKey[],
        window.location.search,
      );
      if (nextSearch === window.location.search) return;
      setUrl(`${window.location.pathname}${nextSearch}${window.location.hash}`, mode);
    },
    [currentYear, keyList],
  );

  return [state, update] as const;
}
