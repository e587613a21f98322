import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { sessionStore } from '../src/auth/sessionStore';

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
