import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from './principal.js';

/** What a signed-in answer may be kept as: by the browser only, and asked again (with its ETag) before each use. */
export const PRIVATE_CACHE_CONTROL = 'private, no-cache';

/**
 * Keeps every answer to a signed-in request out of shared caches (proxies, CDNs): it holds what one user may
 * see, and must not be served to another. Set before the handler runs, so that a handler may ask for less
 * (raw exports: `no-store`); validators still work, and a matching If-None-Match still gets 304. Public routes
 * (health, the instrument) keep their own caching.
 */
@Injectable()
export class PrivateResponsesInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    if (http.getRequest<AuthenticatedRequest>().user)
      http.getResponse<Response>().setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
    return next.handle();
  }
}
