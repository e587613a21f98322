import { useSyncExternalStore } from 'react';
import { subscribeToUrl } from './history';

export interface AppLocation {
  pathname: string;
  search: string;
}

const getPathname = () => window.location.pathname;
const getSearch = () => window.location.search;

/** The current path and query string; components re-render when either changes. */
export function useLocation(): AppLocation {
  const pathname = useSyncExternalStore(subscribeToUrl, getPathname, getPathname);
  const search = useSyncExternalStore(subscribeToUrl, getSearch, getSearch);
  return { pathname, search };
}
