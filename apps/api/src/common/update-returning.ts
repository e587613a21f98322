import type { EntityManager } from 'typeorm';

/** Runs an UPDATE … RETURNING and gives its rows (TypeORM answers UPDATE and DELETE with [rows, rowCount]). */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(sql, params);
  return rows;
}
