/**
 * $1 assessment ids, $2 revisions, $3 actor ids, $4 actor e-mails, $5 actions, $6 previous statuses, $7 new
 * statuses, $8 changes (JSON texts), $9 comments: one history line per element.
 */
export const INSERT_REVISIONS_SQL = `
  INSERT INTO assessment_revisions (assessment_id, revision, actor_id, actor_email, action, from_status, to_status,
                                    changes, comment)
  SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::jsonb[], $9::text[])`;

/** $1 assessment id: its history, oldest first. */
export const REVISIONS_SQL = `
  SELECT revision, at, actor_id, actor_email, action, from_status, to_status, changes, comment
  FROM assessment_revisions
  WHERE assessment_id = $1
  ORDER BY revision, id`;
