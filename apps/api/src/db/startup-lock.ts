import type { DataSource } from 'typeorm';

/** The advisory lock the start-up steps hold (any constant no other lock of the schema uses). */
const STARTUP_LOCK = 1795792;

/**
 * Runs the start-up steps (migrations, installers, reference data, the first admin, demo data) while holding
 * a session advisory lock on a connection of its own: instances started together (`docker compose --profile
 * scale up`) take turns, so the second finds the work done instead of racing the first to create the same
 * tables and rows. A crashed holder's connection closes, and PostgreSQL releases its lock with it.
 */
export async function withStartupLock<T>(dataSource: DataSource, steps: () => Promise<T>): Promise<T> {
  const holder = dataSource.createQueryRunner('master');
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await steps();
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    await holder.release();
  }
}
