import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';

/**
 * Structured logs: one JSON object per line (pino), with the Nest context as `context`. Only messages are
 * logged, never request bodies or headers, so no password, token or answer's text reaches the log.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Pino;

  constructor(destination?: NodeJS.WritableStream) {
    this.pino = pino(
      {
        base: { service: 'cpc-observatory' },
        timestamp: pino.stdTimeFunctions.isoTime,
        redact: {
          paths: [
            'password',
            '*.password',
            'token',
            '*.token',
            'authorization',
            '*.authorization',
            'answers',
            '*.answers',
          ],
          censor: '[redacted]',
        },
      },
      destination ?? process.stdout,
    );
  }

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }

  error(message: unknown, stackOrContext?: string, context?: string): void {
    const [stack, ctx] = context === undefined ? [undefined, stackOrContext] : [stackOrContext, context];
    this.pino.error({ context: ctx, stack }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}
