import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from './database-unavailable.js';
import { requestProblem } from './request-problems.js';

/**
 * A request the framework could not read (bad JSON, too large) gets a clean 4xx naming the problem; HTTP
 * errors keep their status and body; a database that cannot be reached is a 503 the client may retry; anything
 * else is logged and answered as a bare 500. Each of these carries its `code` (the domain's ERROR_CODES); an
 * HTTP error carries the one its throw site gave.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = requestProblem(exception);
    if (problem) {
      response.status(problem.statusCode).json(problem);
      return;
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      response
        .status(exception.getStatus())
        .json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return;
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      response.status(503).json(DATABASE_UNAVAILABLE);
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(500).json({ statusCode: 500, code: 'internal_error', message: 'Internal server error' });
  }
}
