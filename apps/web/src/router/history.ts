/**
 * The browser history, as the one source of the current address. pushState and replaceState fire no
 * event, so every change made here announces itself with URL_CHANGE_EVENT; back and forward fire popstate.
 */
const URL_CHANGE_EVENT = 'cpc:urlchange';

let navigations = 0;

export function subscribeToUrl(onChange: () => void): () => void {
  const onPopState = () => {
    navigations += 1;
    onChange();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

export type HistoryMode = 'push' | 'replace';

/** Changes the address without leaving the page, e.g. when a filter changes: no scrolling, no focus move. */
export function setUrl(url: string, mode: HistoryMode = 'push'): void {
  if (url === currentUrl()) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/** Goes to another page of the app: the new page starts at the top and takes the focus (see PageTitle). */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  navigations += 1;
  setUrl(url, options.replace ? 'replace' : 'push');
  window.scrollTo(0, 0);
}

/**
 * How many in-app navigations happened since the page loaded. Zero on the first render, so a freshly
 * loaded page leaves the focus where the browser put it.
 */
export function navigationCount(): number {
  return navigations;
}

export function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
