/** $1 countries, $2 years (pairs): the existing assessments of these country-years, locked in id order. */
export const LOCK_BY_COUNTRY_YEAR_SQL = `
  SELECT a.id, a.country_iso3, a.year, a.status, a.version, a.answers, a.comments FROM assessments a
  JOIN unnest($1::char(3)[], $2::int[]) AS k(country, year) ON a.country_iso3 = k.country AND a.year = k.year
  ORDER BY a.id
  FOR UPDATE OF a`;

/** $1 a JSON array of {id, status, answers, comments, self_level}: those assessments replaced, with their new versions. */
export const UPDATE_IMPORTED_SQL = `
  UPDATE assessments a
  SET status = v.status, answers = v.answers, comments = v.comments, self_level = v.self_level,
      submitted_at = now(), source = 'imported', version = a.version + 1, updated_at = now()
  FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, answers jsonb, comments jsonb, self_level smallint)
  WHERE a.id = v.id
  RETURNING a.id, a.version`;
