import type { Role } from '@cpc/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthenticatedRequest, AuthenticatedUser } from './principal.js';

export const PUBLIC_KEY = 'cpc:public';
export const ROLES_KEY = 'cpc:roles';

/** Open to anonymous callers (health, the instrument, login). Everything else needs a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Restricts a route to these roles; without it any signed-in user passes the guard. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in user; only on routes that are not @Public. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
