/** The data version, bumped by triggers on every write to the data the analytics read. */
export const DATA_VERSION_SQL = 'SELECT data_version FROM analytics_state WHERE id = 1';
