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
