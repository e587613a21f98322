/** $1 assessment ids: their scores under every version. */
export const DELETE_SCORES_SQL = 'DELETE FROM assessment_scores WHERE assessment_id = ANY($1::uuid[])';

/** $1 assessment ids: their dimension score rows under every version. */
export const DELETE_DIMENSION_SCORES_SQL =
  'DELETE FROM assessment_dimension_scores WHERE assessment_id = ANY($1::uuid[])';

/** $1 assessment ids: their item point rows under every version. */
export const DELETE_ITEM_POINTS_SQL = 'DELETE FROM assessment_item_points WHERE assessment_id = ANY($1::uuid[])';

/**
 * $1 version, $2 the last id of the previous batch, $3 batch size: scored assessments (scored under some
 * version) without scores under this one, in id order.
 */
export const SCORED_WITHOUT_VERSION_SQL = `
  SELECT a.id, a.answers FROM assessments a
  WHERE a.id > $2::uuid
    AND EXISTS (SELECT 1 FROM assessment_scores s WHERE s.assessment_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM assessment_scores s WHERE s.assessment_id = a.id AND s.methodology = $1)
  ORDER BY a.id
  LIMIT $3`;

/** $1 version: how many scored assessments have no scores under it. */
export const COUNT_SCORED_WITHOUT_VERSION_SQL = `
  SELECT count(DISTINCT s.assessment_id)::int AS n FROM assessment_scores s
  WHERE NOT EXISTS (SELECT 1 FROM assessment_scores v WHERE v.assessment_id = s.assessment_id AND v.methodology = $1)`;

/** $1 assessment ids, $2 versions, $3 indexes, $4 computed levels: one row per element. */
export const INSERT_SCORES_SQL = `
  INSERT INTO assessment_scores (assessment_id, methodology, overall_index, computed_level)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::smallint[])`;

/**
 * A breakdown of scores (`key`: its figure, `value`: its number) sent one element per assessment and version,
 * its keys and values each joined by commas, and unnested here: sent one element per row, the 193,000 item
 * rows of a 5,000-assessment import made arrays of 10 MB that took the API 0.5 s to encode, and more to
 * collect as garbage.
 */
const insertBreakdownSql = (table: string, key: string, value: string) => `
  INSERT INTO ${table} (assessment_id, methodology, ${key}, ${value})
  SELECT a.id, a.methodology, b.key, b.value::float8
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS a(id, methodology, keys, scores)
  CROSS JOIN LATERAL unnest(string_to_array(a.keys, ','), string_to_array(a.scores, ',')) AS b(key, value)`;

/** $1 assessment ids, $2 versions, $3 each element's dimensions, $4 their scores (joined by commas). */
export const INSERT_DIMENSION_SCORES_SQL = insertBreakdownSql('assessment_dimension_scores', 'dimension', 'score');

/** $1 assessment ids, $2 versions, $3 each element's item codes, $4 their points (joined by commas). */
export const INSERT_ITEM_POINTS_SQL = insertBreakdownSql('assessment_item_points', 'code', 'points');
