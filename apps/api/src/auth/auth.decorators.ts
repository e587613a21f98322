import type { Role } from '@cpc/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedRequest, AuthenticatedUser } from './principal.js';
import { requestToken } from './request-token.js';

export const PUBLIC_KEY = 'cpc:public';
export const ROLES_KEY = 'cpc:roles';
export const SIGNED_IN_KEY = 'cpc:signed-in';

/** Open to anonymous callers (health, the instrument, login). Everything else needs a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts a route to these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/**
 * Open to every signed-in user, whose country the service then scopes by. Every route states one of
 * @Public, @Roles or @SignedIn: the guard refuses a route without a policy, and a test lists them all.
 */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);

/** The signed-in user; only on routes that are not @Public. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});

/** The session token the request presents (bearer or cookie), checked or not: for @Public routes that look. */
export const PresentedToken = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string | null =>
    requestToken(ctx.switchToHttp().getRequest<Request>())?.token ?? null,
);
