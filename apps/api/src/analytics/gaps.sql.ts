import { countCellsSql } from './count-cells-read.sql.js';

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 scored item codes in order, $5 the methodology version: per
 * region and item, the current assessments it applies to and those that score below the gap threshold, with
 * their keys (count_facts.sql.ts), read from the maintained count cells.
 */
export const GAPS_SQL = countCellsSql('gap', '$5', 'with_gap');
