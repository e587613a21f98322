import { ANY_METHODOLOGY } from './count-facts.sql.js';
import { countCellsSql } from './count-cells-read.sql.js';

/**
 * $1 grouping, $2 year, $3 counted statuses, $4 the A.17 options in order: per region and option, the current
 * assessments and those that pick it, with their keys (count_facts.sql.ts), read from the maintained count cells.
 */
export const DIFFICULTIES_SQL = countCellsSql('difficulty', `'${ANY_METHODOLOGY}'`, 'count');
