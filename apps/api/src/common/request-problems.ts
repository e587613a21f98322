import { STATUS_CODES } from 'node:http';
import type { ErrorCode } from '@cpc/domain';
import { HttpException } from '@nestjs/common';
import { OPERATIONS_UPLOAD_MAX_BYTES, UPLOAD_MAX_BYTES, formatBytes } from './upload-limits.js';

export interface ProblemBody {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
}

/** What body-parser (http-errors) and multer put on the errors they raise. */
interface ParserError {
  type?: unknown;
  code?: unknown;
  field?: unknown;
  status?: unknown;
  limit?: unknown;
  message?: unknown;
}

function problem(statusCode: number, code: ErrorCode, message: string): ProblemBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message };
}

/**
 * A clean 4xx for a request the framework could not read: malformed or oversized JSON, an unsupported
 * encoding, an oversized upload. NestJS hands these over either raw or wrapped (as the cause of an
 * HttpException); null for anything else.
 */
export function requestProblem(exception: unknown): ProblemBody | null {
  const cause: unknown = exception instanceof HttpException ? exception.cause : exception;
  if (typeof cause !== 'object' || cause === null) return null;
  const error = cause as ParserError;
  const detail = typeof error.message === 'string' ? error.message : '';
  const field = typeof error.field === 'string' ? error.field : 'file';
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return problem(
        413,
        'file_too_large',
        `${field}: the file is larger than the upload limit (${formatBytes(UPLOAD_MAX_BYTES)} for assessments, ` +
          `${formatBytes(OPERATIONS_UPLOAD_MAX_BYTES)} for operations)`,
      );
    case 'LIMIT_UNEXPECTED_FILE':
      return problem(400, 'unexpected_file', `${field}: unexpected file field (send the file as "file")`);
    case 'LIMIT_FILE_COUNT':
      return problem(400, 'too_many_files', `${field}: send one file at a time`);
    default:
      break;
  }
  switch (error.type) {
    case 'entity.parse.failed':
      return problem(400, 'invalid_json', `The request body is not valid JSON: ${detail}`);
    case 'entity.too.large':
      return problem(
        413,
        'body_too_large',
        typeof error.limit === 'number'
          ? `The request body is larger than the ${formatBytes(error.limit)} limit`
          : 'The request body is too large',
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return problem(415, 'unsupported_body', `The request body cannot be read: ${detail}`);
    default:
      break;
  }
  const status = typeof error.status === 'number' ? error.status : null;
  if (typeof error.type === 'string' && status !== null && status >= 400 && status < 500)
    return problem(status, 'bad_request', detail || (STATUS_CODES[status] ?? 'Bad request'));
  return null;
}
