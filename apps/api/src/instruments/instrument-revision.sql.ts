/**
 * $1 instrument ids, $2 revisions, $3 actor ids, $4 actor e-mails, $5 actions, $6 records before, $7 records
 * after (JSON texts or null): one history line per element.
 */
export const INSERT_INSTRUMENT_REVISIONS_SQL = `
  INSERT INTO instrument_revisions (instrument_id, revision, actor_id, actor_email, action, before, after)
  SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[])`;

/** $1 instrument id: its history, oldest first. */
export const INSTRUMENT_REVISIONS_SQL = `
  SELECT revision, at, actor_id, actor_email, action, before, after
  FROM instrument_revisions
  WHERE instrument_id = $1
  ORDER BY id`;
