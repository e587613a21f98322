import {
  LoginRequestSchema,
  type AuthConfigResponse,
  type LoginRequest,
  type LoginResponse,
  type SessionUser,
} from '@cpc/domain';
import { Body, Controller, Get, Header, HttpCode, Ip, Post } from '@nestjs/common';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { CurrentUser, Public, SignedIn } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import type { AuthenticatedUser } from './principal.js';

@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  // The answer carries the session token: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  login(@Body(new ZodValidationPipe(LoginRequestSchema)) body: LoginRequest, @Ip() ip: string): Promise<LoginResponse> {
    return this.service.login(body, ip);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.service.logout(user);
  }

  @SignedIn()
  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): SessionUser {
    return { id: user.id, email: user.email, role: user.role, country: user.country };
  }

  @Public()
  @Get('config')
  config(): AuthConfigResponse {
    return this.service.publicConfig();
  }
}
