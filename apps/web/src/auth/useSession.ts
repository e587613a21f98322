import { useSyncExternalStore } from 'react';
import type { SessionUser } from '@cpc/domain';
import { sessionStore } from './sessionStore';

/** The signed-in user, or null; re-renders on sign-in, sign-out and expiry. */
export function useSessionUser(): SessionUser | null {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
  return session?.user ?? null;
}
