import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { sharedJsonBody } from './shared-json.js';

/**
 * Sends a shared value's body as serialised once, with its ETag (express then answers a matching
 * If-None-Match with 304), gzip-compressed once when the client accepts it. Other values go through Nest's
 * usual JSON reply. Runs outermost, after the export interceptor has turned any `format=csv|xlsx` answer
 * into a file. Whether the answer may be cached, and by whom, is not decided here: signed-in answers are
 * `private, no-cache` (PrivateResponsesInterceptor), which keeps them revalidated with this ETag.
 */
@Injectable()
export class SharedJsonInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      map((value: unknown) => {
        const body = sharedJsonBody(value);
        if (!body) return value;
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Vary', 'Accept-Encoding');
        const gzip = body.gzip && request.acceptsEncodings('gzip', 'identity') === 'gzip' ? body.gzip : null;
        response.setHeader('ETag', gzip ? gzip.etag : body.etag);
        if (gzip) {
          response.setHeader('Content-Encoding', 'gzip');
          // Nest replies to a string with res.send(string); this response sends the compressed bytes instead.
          const send = response.send.bind(response);
          response.send = (chunk?: unknown) => send(chunk === body.json ? gzip.bytes : chunk);
        }
        return body.json;
      }),
    );
  }
}
