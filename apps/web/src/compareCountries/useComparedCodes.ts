import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { setUrl, subscribeToUrl } from '../router/history';
import { parseComparedCodes, withComparedCodes } from './comparedCodes';

const getSearch = () => window.location.search;

/**
 * The countries compared, read from and written to the address (`?c=`), so that reload, a shared link and
 * back/forward show the same comparison. Each pick is pushed, so Back undoes it.
 */
export function useComparedCodes() {
  const search = useSyncExternalStore(subscribeToUrl, getSearch, getSearch);
  const codes = useMemo(() => parseComparedCodes(search), [search]);
  const setCodes = useCallback((next: readonly string[]) => {
    const nextSearch = withComparedCodes(window.location.search, next);
    setUrl(`${window.location.pathname}${nextSearch}${window.location.hash}`, 'push');
  }, []);
  return [codes, setCodes] as const;
}
