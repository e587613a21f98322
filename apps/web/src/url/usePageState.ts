import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parsePageState, serializePageState, type PageState } from './pageState';

// pushState/replaceState fire no event, so the hook announces its own URL changes.
const URL_CHANGE_EVENT = 'cpc:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

function getSearch(): string {
  return window.location.search;
}

export type HistoryMode = 'push' | 'replace';

/**
 * The page state lives in the query string only, so reload, shared links and back/forward all
 * show the same view. Choices the reader makes are pushed (back undoes them); corrections the
 * app makes, such as replacing an unknown grouping, are replaced.
 */
export function usePageState(currentYear: number) {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const state = useMemo(() => parsePageState(search, currentYear), [search, currentYear]);

  const update = useCallback(
    (patch: Partial<PageState>, mode: HistoryMode = 'push') => {
      const current = parsePageState(window.location.search, currentYear);
      const nextSearch = serializePageState({ ...current, ...patch }, window.location.search);
      if (nextSearch === window.location.search) return;
      const url = `${window.location.pathname}${nextSearch}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
      window.dispatchEvent(new Event(URL_CHANGE_EVENT));
    },
    [currentYear],
  );

  return [state, update] as const;
}
