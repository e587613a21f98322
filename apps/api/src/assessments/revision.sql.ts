/**
 * $1 a JSON array of {assessment_id, revision, actor_id, actor_email, action, from_status, to_status, changes,
 * comment}: one history line per record.
 */
export const INSERT_REVISIONS_SQL = `
  INSERT INTO assessment_revisions (assessment_id, revision, actor_id, actor_email, action, from_status, to_status,
                                    changes, comment)
  SELECT * FROM jsonb_to_recordset($1::jsonb)
    AS t(assessment_id uuid, revision int, actor_id uuid, actor_email text, action text, from_status text,
         to_status text, changes jsonb, comment text)`;

/** $1 assessment id: its history, oldest first. */
export const REVISIONS_SQL = `
  SELECT revision, at, actor_id, actor_email, action, from_status, to_status, changes, comment
  FROM assessment_revisions
  WHERE assessment_id = $1
  ORDER BY revision, id`;
