import { MAX_YEAR, MIN_YEAR } from '@cpc/domain';
import { addArrays, hashAggregated, memberAtYearEnd, memberCellsSql } from './building-blocks.sql.js';
import { ZERO_ACTION_RECORD } from './action-records.sql.js';
import { SHARING_COUNTRIES } from './disclosure-keys.sql.js';
import { ZERO_INSTRUMENT_RECORD } from './instruments.sql.js';

/**
 * The views that keep one record per member country-year, and the keys of a record that holds nothing (NULL
 * for a country that shares its figures). Their statements read only the records that hold something, and
 * take the others' key sums from `zero_record_cells`.
 */
const ZERO_RECORD_VIEWS: {
  view: string;
  record: {
    hashes: (country: string, year: string) => string[];
    keys: (hashColumn: (i: number) => string) => string[];
  };
}[] = [
  { view: 'instruments', record: ZERO_INSTRUMENT_RECORD },
  { view: 'actions', record: ZERO_ACTION_RECORD },
];

/** The (country_iso3, year) pairs, MIN_YEAR to MAX_YEAR, at whose end a membership row that passes `where` holds. */
function memberYearsSql(where: string): string {
  return `
        SELECT DISTINCT rm.country_iso3, y.year
        FROM region_members rm JOIN regions rg ON rg.id = rm.region_id
        CROSS JOIN generate_series(${MIN_YEAR}, ${MAX_YEAR}) AS y(year)
        WHERE ${where} AND ${memberAtYearEnd('rm', 'y.year')}`;
}

/**
 * Adds `sign` times the zero records of the member-years `pairs` (country_iso3, year, sign) to every cell they
 * count in, within `groupings` (a text[] expression, or NULL for all). The keys are computed whatever the
 * country's disclosure: `pairs` says whose count.
 */
function addZeroRecordsSql(pairs: string, groupings = 'NULL'): string {
  return ZERO_RECORD_VIEWS.map(({ view, record }) => {
    const hashes = record.hashes('p.country_iso3', 'p.year');
    const keyed = record.keys((i) => `h.h${i}`);
    return hashAggregated(`
      WITH shared AS (SELECT NULL::char(3) AS country WHERE false),
      hashed AS MATERIALIZED (SELECT p.*, ${hashes.map((e, i) => `${e} AS h${i}`).join(', ')} FROM (${pairs}) p),
      records AS MATERIALIZED (SELECT h.country_iso3, h.year, h.sign, ARRAY[${keyed.join(', ')}] AS keys FROM hashed h)
      INSERT INTO zero_record_cells (grouping_id, record_view, region, year, conf, keys)
      SELECT m.grouping_id, '${view}', m.region, m.year, sum(m.sign)::int,
             ARRAY[${keyed.map((_, i) => `sum(m.sign * m.keys[${i + 1}])`).join(', ')}]
      FROM (${memberCellsSql('records', groupings)}) m
      GROUP BY m.grouping_id, m.region, m.year
      ON CONFLICT ON CONSTRAINT "PK_zero_record_cells" DO UPDATE SET
        conf = zero_record_cells.conf + excluded.conf,
        ${addArrays('zero_record_cells', 'keys')};`);
  }).join('\n');
}

/** The zero-record cells of `groupings` (a text[] expression) again, from the memberships and the disclosures. */
export function rebuildZeroRecordCellsSql(groupings: string): string {
  return `
      DELETE FROM zero_record_cells WHERE grouping_id = ANY(${groupings});
      ${addZeroRecordsSql(
        `SELECT country_iso3, year, 1 AS sign FROM (${memberYearsSql(`rg.grouping_id = ANY(${groupings}) AND rm.country_iso3 NOT IN (${SHARING_COUNTRIES})`)}) y`,
        groupings,
      )}
      DELETE FROM zero_record_shared;
      INSERT INTO zero_record_shared (country_iso3) ${SHARING_COUNTRIES};`;
}

/**
 * Countries of `todo_countries` that now share their figures, or no longer do, leave (−1) or join (+1) the
 * zero-record key sums of every cell they count in; `zero_record_shared` holds the state the cells were
 * summed with. Runs before a grouping is rebuilt (which sums from the state of now). The countries whose state
 * changed are left in `sharing_changed`, for the operation cells.
 */
export const REFRESH_ZERO_RECORD_SHARING = `
      CREATE TEMP TABLE sharing_changes ON COMMIT DROP AS
        SELECT c.country_iso3, CASE WHEN s.country_iso3 IS NULL THEN -1 ELSE 1 END AS sign
        FROM unnest(todo_countries) AS c(country_iso3)
        LEFT JOIN zero_record_shared s ON s.country_iso3 = c.country_iso3
        WHERE (s.country_iso3 IS NULL) = (c.country_iso3 IN (${SHARING_COUNTRIES}));
      SELECT array_agg(country_iso3) INTO sharing_changed FROM sharing_changes;
      IF EXISTS (SELECT 1 FROM sharing_changes) THEN
        ${addZeroRecordsSql(
          `SELECT y.country_iso3, y.year, ch.sign FROM (${memberYearsSql('rm.country_iso3 IN (SELECT country_iso3 FROM sharing_changes)')}) y
           JOIN sharing_changes ch ON ch.country_iso3 = y.country_iso3`,
        )}
        DELETE FROM zero_record_shared WHERE country_iso3 IN (SELECT country_iso3 FROM sharing_changes WHERE sign = 1);
        INSERT INTO zero_record_shared (country_iso3) SELECT country_iso3 FROM sharing_changes WHERE sign = -1;
      END IF;
      DROP TABLE sharing_changes;`;
