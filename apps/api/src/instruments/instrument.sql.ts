/** Every column a read maps, dates as ISO text; `alias` qualifies them in a join. */
function columns(alias = ''): string {
  const a = alias === '' ? '' : `${alias}.`;
  return `${a}id, ${a}country_iso3, ${a}kind, ${a}title, ${a}valid_from::text AS valid_from,
          ${a}valid_to::text AS valid_to, ${a}details, ${a}notes, ${a}natural_key, ${a}source, ${a}version,
          ${a}created_at, ${a}updated_at`;
}

/**
 * $1 countries (null for any), $2 kind (null for any), $3 year (null for any: else those in force during
 * that year), by country, kind, start and title.
 */
export const INSTRUMENTS_SQL = `
  SELECT ${columns()} FROM instruments
  WHERE ($1::text[] IS NULL OR country_iso3 = ANY($1::text[])) AND ($2::text IS NULL OR kind = $2)
    AND ($3::int IS NULL OR (valid_from <= make_date($3, 12, 31)
                             AND (valid_to IS NULL OR valid_to >= make_date($3, 1, 1))))
  ORDER BY country_iso3, kind, valid_from, title, id`;

/** $1 id. */
export const INSTRUMENT_SQL = `SELECT ${columns()} FROM instruments WHERE id = $1`;

/** $1 id: the row a write checks, locked until the transaction ends. */
export const LOCK_INSTRUMENT_SQL = `SELECT ${columns()} FROM instruments WHERE id = $1 FOR UPDATE`;

/** $1 natural keys: the records holding them, locked in id order until the transaction ends. */
export const LOCK_BY_NATURAL_KEYS_SQL = `
  SELECT ${columns()} FROM instruments WHERE natural_key = ANY($1::text[]) ORDER BY id FOR UPDATE`;

/**
 * $1 a JSON array of {country, kind, title, valid_from, valid_to, details, notes, natural_key}, $2 source,
 * $3 author: new rows at version 1; none for a natural key already on record.
 */
export const INSERT_INSTRUMENTS_SQL = `
  INSERT INTO instruments (country_iso3, kind, title, valid_from, valid_to, details, notes, natural_key, source,
                           created_by)
  SELECT v.country, v.kind, v.title, v.valid_from, v.valid_to, v.details, v.notes, v.natural_key, $2, $3
  FROM jsonb_to_recordset($1::jsonb)
       AS v(country char(3), kind text, title text, valid_from date, valid_to date, details jsonb, notes text,
            natural_key text)
  ON CONFLICT (natural_key) DO NOTHING
  RETURNING ${columns()}`;

/**
 * $1 a JSON array of {id, version, country, kind, title, valid_from, valid_to, details, notes, natural_key}, $2 source: each
 * row replaced if its version is still the one given, one version up.
 */
export const UPDATE_INSTRUMENTS_SQL = `
  UPDATE instruments i
  SET country_iso3 = v.country, kind = v.kind, title = v.title, valid_from = v.valid_from, valid_to = v.valid_to, details = v.details, notes = v.notes,
      natural_key = v.natural_key, source = COALESCE($2, i.source), version = i.version + 1, updated_at = now()
  FROM jsonb_to_recordset($1::jsonb)
       AS v(id uuid, version int, country char(3), kind text, title text, valid_from date, valid_to date, details jsonb, notes text,
            natural_key text)
  WHERE i.id = v.id AND i.version = v.version
  RETURNING ${columns('i')}`;

/** $1 id, $2 expected version: the row deleted, or none when the version is stale. */
export const DELETE_INSTRUMENT_SQL = `DELETE FROM instruments WHERE id = $1 AND version = $2 RETURNING id`;

export const COUNT_INSTRUMENTS_SQL = 'SELECT count(*)::int AS n FROM instruments';
