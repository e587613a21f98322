import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { UserRepository } from '../users/user.repository.js';
import { ActiveSessions } from './active-sessions.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PrivateResponsesInterceptor } from './private-responses.interceptor.js';
import { SessionRepository } from './session.repository.js';

@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      // The routes and their policies are listed from the controllers' metadata (openapi/route-walker.ts).
      imports: [DiscoveryModule],
      controllers: [AuthController],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: PrivateResponsesInterceptor },
        SessionRepository,
        ActiveSessions,
        UserRepository,
        AuthService,
        LoginRateLimiter,
        LoginAttemptsRepository,
      ],
      exports: [AUTH_OPTIONS, SessionRepository, UserRepository],
    };
  }
}
