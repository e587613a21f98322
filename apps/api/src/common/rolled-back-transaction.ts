import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in a transaction that is always rolled back. A dry run that writes this way meets every check,
 * constraint and lock the real write meets, so it answers exactly as the real write would, and leaves nothing.
 */
export async function inRolledBackTransaction<T>(
  dataSource: DataSource,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    let result: T;
    try {
      result = await work(runner.manager);
    } catch (error) {
      // The work's error is the answer; a rollback that fails as well (a lost connection) must not hide it.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
    await runner.rollbackTransaction();
    return result;
  } finally {
    await runner.release();
  }
}
