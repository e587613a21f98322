import type { Role, SessionUser } from '@cpc/domain';
import { sessionStore } from '../src/auth/sessionStore';

export const USERS = {
  coordinator: { id: 'u-coord', email: 'coordinator.fra@example.org', role: 'coordinator', country: 'FRA' },
  analyst: { id: 'u-analyst', email: 'analyst@example.org', role: 'analyst', country: null },
  viewer: { id: 'u-viewer', email: 'viewer.fra@example.org', role: 'viewer', country: 'FRA' },
  admin: { id: 'u-admin', email: 'admin@example.org', role: 'admin', country: null },
} satisfies Record<Role, SessionUser>;

export const TEST_CSRF_TOKEN = 'test-csrf-token';

/** Starts a session as the given user, as a successful sign-in would. */
export function signInAs(role: Role): SessionUser {
  const user = USERS[role];
  sessionStore.signIn({ csrfToken: TEST_CSRF_TOKEN, expiresAt: '2999-01-01T00:00:00.000Z', user });
  return user;
}
