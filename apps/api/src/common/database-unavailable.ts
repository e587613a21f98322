import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/** The answer to a request that needed a database that could not be reached. */
export const DATABASE_UNAVAILABLE = {
  statusCode: 503,
  code: 'database_unavailable',
  message: 'The database is unavailable; try again shortly',
} as const;

/** Socket errors meaning the server is not (or no longer) there. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
/**
 * SQLSTATEs of a server that is going away or not accepting connections yet: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123])$/;
/** What node-postgres says, without a code, when the connection ends or cannot be made in time. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not yet open|the database system is (shutting down|starting up|in recovery mode)/i;

/**
 * True when `error` says PostgreSQL could not be reached (refused, shut down, connection lost or not acquired
 * in time), as opposed to a query that failed on a healthy server. TypeORM wraps the pg error in a
 * QueryFailedError; a failed connect surfaces as the pg or socket error itself, sometimes in an AggregateError.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if (error instanceof QueryFailedError) return isDatabaseUnavailable(error.driverError, depth + 1);
  // TypeORM releases a transaction's connection when the server drops it; the transaction's next query or its
  // COMMIT then fails this way.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) {
    return true;
  }
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return 'cause' in error && isDatabaseUnavailable(error.cause, depth + 1);
}
