/** $1 assessment ids: their scores under every version. */
export const DELETE_SCORES_SQL = 'DELETE FROM assessment_scores WHERE assessment_id = ANY($1::uuid[])';

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

/**
 * $1 assessment ids, $2 versions, $3 indexes, $4 computed levels, then the breakdowns: $5 dimensions, $6 their
 * scores, $7 item codes, $8 their points, each element's codes and numbers joined by commas (no code holds a
 * comma, and a number's shortest text reads back as the same float8). One element per score row: sent one
 * element per item, a 5,000-assessment import made arrays of 193,000 elements, 10 MB, that took the API 0.5 s
 * to encode.
 */
export const INSERT_SCORES_SQL = `
  INSERT INTO assessment_scores (assessment_id, methodology, overall_index, computed_level,
                                 dimension_codes, dimension_scores, item_codes, item_points)
  SELECT s.id, s.methodology, s.overall, s.level, string_to_array(s.dimensions, ','),
         string_to_array(s.scores, ',')::float8[], string_to_array(s.items, ','), string_to_array(s.points, ',')::float8[]
  FROM unnest($1::uuid[], $2::text[], $3::float8[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::text[])
    AS s(id, methodology, overall, level, dimensions, scores, items, points)`;
