import type { Role } from '@cpc/domain';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ActiveSessions } from './active-sessions.js';
import { PUBLIC_KEY, ROLES_KEY, SIGNED_IN_KEY } from './auth.decorators.js';
import type { AuthenticatedRequest } from './principal.js';
import { hashToken } from './tokens.js';

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** Every route needs a valid session unless it is @Public; @Roles narrows it; a route without a policy is refused. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: ActiveSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token)
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'sign_in_required',
        message: 'Sign in first: send Authorization: Bearer <token>',
      });
    const user = await this.sessions.findUser(hashToken(token));
    if (!user)
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'session_expired',
        message: 'The session has expired or was revoked; sign in again',
      });
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles && !this.reflector.getAllAndOverride<boolean | undefined>(SIGNED_IN_KEY, targets))
      throw new ForbiddenException({ statusCode: 403, message: 'This route states no access policy' });
    if (roles && !roles.includes(user.role)) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'role_required',
        params: { roles },
        message: `This needs one of the roles: ${roles.join(', ')}`,
      });
    }
    return true;
  }
}
