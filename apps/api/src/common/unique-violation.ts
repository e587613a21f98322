import { QueryFailedError } from 'typeorm';

/** PostgreSQL refused a write for a unique constraint (SQLSTATE 23505): a concurrent writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
