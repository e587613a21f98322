import type { LoginResponse } from '@cpc/domain';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Observable, tap } from 'rxjs';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

/** After a sign-in, hands the browser the session as an HttpOnly cookie too (the body keeps the bearer token). */
@Injectable()
export class SetsSessionCookie implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<LoginResponse>): Observable<LoginResponse> {
    const http = context.switchToHttp();
    return next.handle().pipe(
      tap((login) => {
        setSessionCookie(
          http.getRequest<Request>(),
          http.getResponse<Response>(),
          login.token,
          new Date(login.expiresAt),
        );
      }),
    );
  }
}

/** After a sign-out, tells the browser to forget the session cookie. */
@Injectable()
export class ClearsSessionCookie implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<unknown>): Observable<unknown> {
    const http = context.switchToHttp();
    return next.handle().pipe(
      tap(() => {
        clearSessionCookie(http.getRequest<Request>(), http.getResponse<Response>());
      }),
    );
  }
}
