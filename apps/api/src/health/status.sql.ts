/** Whether the database answers. */
export const PING_SQL = 'SELECT 1';

/** Whether any assessment is synthetic demo data. */
export const HAS_DEMO_DATA_SQL = `SELECT EXISTS (SELECT 1 FROM assessments WHERE source = 'demo') AS exists`;

/** The newest year of a submitted or validated assessment. */
export const LATEST_COUNTED_YEAR_SQL = `SELECT max(year) AS year FROM assessments WHERE status IN ('submitted', 'validated')`;
