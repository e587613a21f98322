/** $1 user, $2 token hash, $3 expiry: a new session. */
export const CREATE_SESSION_SQL = 'INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)';

/** $1 session: revoked now. */
export const REVOKE_SESSION_SQL = 'UPDATE sessions SET revoked_at = now() WHERE id = $1';

/** $1 token hash: the session and its user, when unexpired, unrevoked and its user enabled. */
export const ACTIVE_SESSION_SQL = `
  SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.email, u.role, u.country_iso3
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`;

/** $1 user: revokes every session still open. */
export const REVOKE_USER_SESSIONS_SQL =
  'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL';
