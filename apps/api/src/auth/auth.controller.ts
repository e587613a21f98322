import {
  AuthConfigResponseSchema,
  LoginResponseSchema,
  SessionUserSchema,
  SessionResponseSchema,
  LoginRequestSchema,
  type AuthConfigResponse,
  type LoginRequest,
  type LoginResponse,
  type SessionResponse,
  type SessionUser,
} from '@cpc/domain';
import { Body, Controller, Get, Header, HttpCode, Ip, Post, UseInterceptors } from '@nestjs/common';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { CurrentUser, PresentedToken, Public, SignedIn } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import type { AuthenticatedUser } from './principal.js';
import { ClearsSessionCookie, SetsSessionCookie } from './session-cookie.interceptor.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

@ApiTag('accounts')
@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @ApiDoc({
    summary: 'Sign in; rate-limited per IP and e-mail. Also sets the HttpOnly session cookie for browsers',
    success: json(LoginResponseSchema, 'Signed in'),
    errors: {
      '400': ERROR,
      '401': problem('Wrong e-mail or password (the same answer for both)'),
      '429': problem('Too many attempts; retry later'),
    },
  })
  @Public()
  @Post('login')
  @HttpCode(200)
  // The answer carries the session token: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  @UseInterceptors(SetsSessionCookie)
  login(@Body(new ZodValidationPipe(LoginRequestSchema)) body: LoginRequest, @Ip() ip: string): Promise<LoginResponse> {
    return this.service.login(body, ip);
  }

  @ApiDoc({
    summary: 'Revoke this session and clear its cookie',
    success: { description: 'Signed out' },
    errors: SIGNED_IN,
  })
  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @UseInterceptors(ClearsSessionCookie)
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.service.logout(user);
  }

  @ApiDoc({ summary: 'The signed-in user', response: SessionUserSchema, errors: SIGNED_IN })
  @SignedIn()
  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): SessionUser {
    return { id: user.id, email: user.email, role: user.role, country: user.country };
  }

  @ApiDoc({
    summary: 'Who the session cookie (or bearer token) signs in, with its CSRF token; null when nobody',
    response: SessionResponseSchema,
  })
  @Public()
  @Get('session')
  // The answer carries the CSRF token: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  session(@PresentedToken() token: string | null): Promise<SessionResponse> {
    return this.service.currentSession(token);
  }

  @ApiDoc({
    summary: 'What the login page may show (demo accounts in demo mode only)',
    response: AuthConfigResponseSchema,
  })
  @Public()
  @Get('config')
  config(): AuthConfigResponse {
    return this.service.publicConfig();
  }
}
