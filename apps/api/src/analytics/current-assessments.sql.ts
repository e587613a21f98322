import { currentAssessmentsCte, groupingMembersCte } from './building-blocks.sql.js';

/** $1 grouping, $2 year, $3 counted statuses, $4 methodology version. */
export const CURRENT_SQL = `
  WITH ${groupingMembersCte('$2')},${currentAssessmentsCte({ from: '$2', to: '$2', statuses: '$3', countries: 'grouping_members' })}
  SELECT c.id, c.country, g.region, a.year, a.status, sc.overall_index, sc.computed_level, a.self_level,
         (SELECT json_object_agg(s.dimension, s.score) FROM assessment_dimension_scores s
           WHERE s.assessment_id = c.id AND s.methodology = $4) AS dimensions
  FROM current_assessments c
  JOIN grouping_members g ON g.country = c.country
  JOIN assessments a ON a.id = c.id
  JOIN assessment_scores sc ON sc.assessment_id = c.id AND sc.methodology = $4
  ORDER BY c.country`;
