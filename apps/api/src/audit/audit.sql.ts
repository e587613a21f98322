/** $1 user, $2 e-mail, $3 role, $4 action, $5 method, $6 path, $7 query, $8 status: one line of the log. */
export const INSERT_AUDIT_ENTRY_SQL = `
  INSERT INTO audit_log (user_id, email, role, action, method, path, query, status)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** $1 action, $2 e-mail (either null for any). */
const AUDIT_FILTER = `WHERE ($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR lower(email) = lower($2))`;

/** The filters, $3 limit, $4 offset: matching lines, newest first. */
export const AUDIT_PAGE_SQL = `SELECT * FROM audit_log ${AUDIT_FILTER} ORDER BY at DESC, id DESC LIMIT $3 OFFSET $4`;

/** The filters: how many lines match. */
export const COUNT_AUDIT_ENTRIES_SQL = `SELECT count(*) AS total FROM audit_log ${AUDIT_FILTER}`;
