import type { Role } from '@cpc/domain';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { ActiveSessions } from './active-sessions.js';
import { PUBLIC_KEY, ROLES_KEY, SIGNED_IN_KEY } from './auth.decorators.js';
import { assertCsrfSafe } from './csrf.js';
import type { AuthenticatedRequest, AuthenticatedUser } from './principal.js';
import { requestToken } from './request-token.js';
import { clearSessionCookie } from './session-cookie.js';
import { hashToken } from './tokens.js';

/** Every route needs a valid session (bearer or cookie) unless it is @Public; @Roles narrows it; a route without a policy is refused. */
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
    const user = await this.authenticate(request, context.switchToHttp().getResponse<Response>());
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

  /**
   * The user of the session the request presents: a bearer token, or the browser's cookie, whose writes must
   * also pass the CSRF check. A refused cookie is cleared, so the browser stops sending it.
   */
  private async authenticate(request: Request, response: Response): Promise<AuthenticatedUser> {
    const presented = requestToken(request);
    if (!presented)
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'sign_in_required',
        message: 'Sign in first: send Authorization: Bearer <token>, or the session cookie',
      });
    const user = await this.sessions.findUser(hashToken(presented.token));
    if (!user) {
      if (presented.via === 'cookie') clearSessionCookie(request, response);
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'session_expired',
        message: 'The session has expired or was revoked; sign in again',
      });
    }
    if (presented.via === 'cookie') assertCsrfSafe(request, presented.token);
    return user;
  }
}
