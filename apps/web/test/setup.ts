import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { sessionStore } from '../src/auth/sessionStore';

// Pages are lazy chunks: on a machine busy with the other suites, the first render can take over the
// default 1 s that findBy* waits.
configure({ asyncUtilTimeout: 5_000 });

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
