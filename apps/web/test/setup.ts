import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { sessionStore } from '../src/auth/sessionStore';

// Pages are lazy chunks: on a two-core machine running the API and browser suites beside this one, the first
// render of a page has been seen to take over 5 s. findBy* waits up to 15 s, within the 20 s a test may take;
// waiting longer changes no assertion.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lays nothing out, so it cannot scroll; the app's calls to do so are no-ops here.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  sessionStore.signOut();
  window.sessionStorage.clear();
  window.localStorage.clear();
  vi.unstubAllGlobals();
});
