const USER_COLUMNS = 'id, email, password_hash, role, country_iso3, disabled, created_at, updated_at';

/** $1 e-mail: that account, with its password hash. */
export const USER_BY_EMAIL_SQL = `SELECT ${USER_COLUMNS} FROM users WHERE email = $1`;

/** $1 id: that account. */
export const USER_SQL = `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`;

/** Every account, by e-mail. */
export const USERS_SQL = `SELECT ${USER_COLUMNS} FROM users ORDER BY email`;

/** How many enabled admins there are. */
export const COUNT_ENABLED_ADMINS_SQL = `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled`;

/** $1 e-mail, $2 password hash, $3 role, $4 country: a new account. */
export const INSERT_USER_SQL = `
  INSERT INTO users (email, password_hash, role, country_iso3) VALUES ($1, $2, $3, $4)
  RETURNING ${USER_COLUMNS}`;

/**
 * $1 id, then the changes, each null to keep the stored value: $2 e-mail, $3 password hash, $4 role, $5 whether
 * the country changes, $6 the country (null for none), $7 disabled.
 */
export const UPDATE_USER_SQL = `
  UPDATE users SET
    email = coalesce($2, email),
    password_hash = coalesce($3, password_hash),
    role = coalesce($4, role),
    country_iso3 = CASE WHEN $5::boolean THEN $6::char(3) ELSE country_iso3 END,
    disabled = coalesce($7, disabled),
    updated_at = now()
  WHERE id = $1
  RETURNING ${USER_COLUMNS}`;
