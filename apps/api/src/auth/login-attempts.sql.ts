/** $1 keys, $2 their limits: seconds left in the window of each key at or over its limit. */
export const BLOCKED_KEYS_SQL = `
  SELECT a.key, ceil(extract(epoch FROM a.reset_at - now()))::int AS wait
  FROM login_attempts a JOIN unnest($1::text[], $2::int[]) AS l(key, max_count) ON l.key = a.key
  WHERE a.reset_at > now() AND a.count >= l.max_count`;

/** $1 keys, $2 window in ms: one more attempt for each key; a key whose window has passed starts a new one. */
export const COUNT_ATTEMPTS_SQL = `
  INSERT INTO login_attempts (key, count, reset_at)
  SELECT k, 1, now() + make_interval(secs => $2::double precision / 1000) FROM unnest($1::text[]) AS k
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN login_attempts.reset_at <= now() THEN 1 ELSE login_attempts.count + 1 END,
    reset_at = CASE WHEN login_attempts.reset_at <= now() THEN EXCLUDED.reset_at ELSE login_attempts.reset_at END`;

/** $1 key, $2 failures that lock, $3 lock in ms, $4 how long failures are kept in ms: one more failure in a row. */
export const COUNT_FAILURE_IN_A_ROW_SQL = `
  INSERT INTO login_attempts AS a (key, count, reset_at)
  VALUES ($1, 1, now() + (CASE WHEN 1 >= $2::int THEN $3::double precision ELSE $4::double precision END)
                           * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN a.reset_at <= now() THEN 1 ELSE a.count + 1 END,
    reset_at = now() + (CASE WHEN (CASE WHEN a.reset_at <= now() THEN 1 ELSE a.count + 1 END) >= $2::int
                             THEN $3::double precision ELSE $4::double precision END) * interval '1 millisecond'`;

/** $1 keys: their counters. */
export const DELETE_KEYS_SQL = 'DELETE FROM login_attempts WHERE key = ANY($1::text[])';

/** Windows that ended more than a day ago. */
export const DELETE_EXPIRED_SQL = `DELETE FROM login_attempts WHERE reset_at < now() - interval '1 day'`;
