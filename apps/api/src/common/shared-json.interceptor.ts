import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { sharedJsonBody } from './shared-json.js';

/**
 * Sends a shared value's body as serialised once, with its ETag (express then answers a matching
 * If-None-Match with 304). Other values go through Nest's usual JSON reply. Runs outermost, after the
 * export interceptor has turned any `format=csv|xlsx` answer into a file.
 */
@Injectable()
export class SharedJsonInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((value: unknown) => {
        const body = sharedJsonBody(value);
        if (!body) return value;
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('ETag', body.etag);
        // Browsers may keep country-level figures but must ask again each time; shared caches must not keep them.
        response.setHeader('Cache-Control', 'private, no-cache');
        return body.json;
      }),
    );
  }
}
