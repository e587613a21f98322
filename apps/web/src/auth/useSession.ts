import { useSyncExternalStore } from 'react';
import type { SessionUser } from '@cpc/domain';
import { sessionStore, type SessionState } from './sessionStore';

function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot, sessionStore.snapshot);
}

/** The signed-in user, or null (also while the API has not said yet); re-renders on sign-in, sign-out and expiry. */
export function useSessionUser(): SessionUser | null {
  return useSessionState().session?.user ?? null;
}

/** True until the API has said who is signed in: a new tab shows no page, nor the login page, before. */
export function useSessionChecking(): boolean {
  return !useSessionState().known;
}
