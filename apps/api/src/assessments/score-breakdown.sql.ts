/** $1 assessment ids: their dimension score rows. */
export const DELETE_DIMENSION_SCORES_SQL =
  'DELETE FROM assessment_dimension_scores WHERE assessment_id = ANY($1::uuid[])';

/** $1 assessment ids: their item point rows. */
export const DELETE_ITEM_POINTS_SQL = 'DELETE FROM assessment_item_points WHERE assessment_id = ANY($1::uuid[])';

/** Scored assessments stored before per-item points existed. */
export const SCORED_WITHOUT_ITEM_POINTS_SQL = `
  SELECT a.id, a.answers FROM assessments a
  WHERE a.overall_index IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM assessment_item_points p WHERE p.assessment_id = a.id)`;

/** $1 assessment ids, $2 dimensions, $3 scores: one row per element. */
export const INSERT_DIMENSION_SCORES_SQL = `
  INSERT INTO assessment_dimension_scores (assessment_id, dimension, score)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::float8[])`;

/** $1 assessment ids, $2 item codes, $3 points: one row per element. */
export const INSERT_ITEM_POINTS_SQL = `
  INSERT INTO assessment_item_points (assessment_id, code, points)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::float8[])`;
