import type { Principal } from '@cpc/domain';

/** The authenticated caller, as the guard attaches it to the request. */
export interface AuthenticatedUser extends Principal {
  email: string;
  sessionId: string;
}

export interface AuthenticatedRequest {
  user?: AuthenticatedUser;
}
