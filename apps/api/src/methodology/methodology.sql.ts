/** The decision in force: the newest, with the adopter's e-mail. */
export const LATEST_DECISION_SQL = `
  SELECT d.version, d.reason, d.adopted_at, u.email AS adopted_by
  FROM methodology_decisions d LEFT JOIN users u ON u.id = d.adopted_by
  ORDER BY d.id DESC
  LIMIT 1`;

/** $1 version, $2 reason, $3 the admin's user id. */
export const INSERT_DECISION_SQL = `
  INSERT INTO methodology_decisions (version, reason, adopted_by) VALUES ($1, $2, $3)`;

/** Takes the decisions' lock, so that two admins adopting at once are recorded one after the other. */
export const LOCK_DECISIONS_SQL = 'LOCK TABLE methodology_decisions IN SHARE ROW EXCLUSIVE MODE';

/** Per version: whether some scored assessment has no scores under it yet. */
export const VERSIONS_UNSCORED_SQL = `
  SELECT v.version FROM unnest($1::text[]) AS v(version)
  WHERE EXISTS (
    SELECT 1 FROM assessment_scores s
    WHERE NOT EXISTS (SELECT 1 FROM assessment_scores o WHERE o.assessment_id = s.assessment_id AND o.methodology = v.version))`;
