import { auditActionOf } from '@cpc/domain';
import {
  type BeforeApplicationShutdown,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/principal.js';
import { AuditRepository } from './audit.repository.js';

/**
 * Records every write, export and sign-in attempt once its response is finished, with its final status:
 * who (the session's user, or the e-mail a sign-in gave), what (method, path), which filters (the query
 * string) and when. Bodies are never recorded: they hold answers and passwords.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor, BeforeApplicationShutdown {
  private readonly logger = new Logger('Audit');
  /** Entries being written: shutting down waits for them, so that no accepted write goes unaudited. */
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly audit: AuditRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    const query = plainQuery(request.query);
    const path = request.originalUrl.split('?')[0] ?? request.path;
    const action = auditActionOf(request.method, path, query);
    if (action !== null) {
      // 'close' comes after 'finish', and also when the client leaves a download midway.
      response.once('close', () => {
        const user = request.user;
        const email = user?.email ?? (action === 'sign-in' ? signInEmail(request.body) : null);
        const write = this.audit
          .insertAuditEntry({
            userId: user?.id ?? null,
            email,
            role: user?.role ?? null,
            action,
            method: request.method,
            path,
            query,
            status: response.statusCode,
          })
          .catch((e: unknown) => {
            this.logger.error(`could not record ${request.method} ${path}: ${String(e)}`);
          })
          .finally(() => this.pending.delete(write));
        this.pending.add(write);
      });
    }
    return next.handle();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}

function plainQuery(query: unknown): Record<string, string> {
  if (typeof query !== 'object' || query === null) return {};
  return Object.fromEntries(
    Object.entries(query as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  );
}

/** Only the e-mail of a sign-in attempt, trimmed and bounded: never the password. */
function signInEmail(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().slice(0, 320) : null;
}
