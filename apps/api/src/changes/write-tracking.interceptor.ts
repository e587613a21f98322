import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';
import { ChangeFeed } from './change-feed.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Tells the change feed when this instance writes, so that its next reads see the write (read-your-writes). */
@Injectable()
export class WriteTrackingInterceptor implements NestInterceptor {
  constructor(private readonly feed: ChangeFeed) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (READ_METHODS.has(context.switchToHttp().getRequest<Request>().method)) return next.handle();
    this.feed.writeStarted();
    // finalize runs before Nest sends the response, so the settling window is open when the client sees it.
    return next.handle().pipe(
      finalize(() => {
        this.feed.writeEnded();
      }),
    );
  }
}
