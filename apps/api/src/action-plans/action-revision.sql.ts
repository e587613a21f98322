/**
 * $1 action ids, $2 revisions, $3 actor ids, $4 actor e-mails, $5 actions, $6 records before, $7 records
 * after (JSON texts or null): one history line per element.
 */
export const INSERT_ACTION_REVISIONS_SQL = `
  INSERT INTO action_revisions (action_id, revision, actor_id, actor_email, action, before, after)
  SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[])`;

/** $1 action id: its history, oldest first. */
export const ACTION_REVISIONS_SQL = `
  SELECT revision, at, actor_id, actor_email, action, before, after
  FROM action_revisions
  WHERE action_id = $1
  ORDER BY id`;
