/** A read-only snapshot, for reads that span many statements (TypeORM's own BEGIN has no READ ONLY). */
export const BEGIN_READ_ONLY_SQL = 'BEGIN READ ONLY';
export const COMMIT_SQL = 'COMMIT';
export const ROLLBACK_SQL = 'ROLLBACK';
