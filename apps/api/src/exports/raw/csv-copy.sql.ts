import { ACTIVITIES, ACTIVITY_SEPARATOR, FORMULA_START_CHARACTERS } from '@cpc/domain';

/**
 * The CSV cells of the raw exports as PostgreSQL writes them with `COPY … TO STDOUT WITH (FORMAT csv)`, equal to
 * the domain's `csvField` (packages/domain/src/exports/cells.ts) cell for cell. COPY already quotes as csvField
 * does (a field holding a comma, a quote, CR or LF is quoted, quotes doubled), writes NULL as an empty field
 * and integers as digits. What differs is rendered here, once: the apostrophe in front of formula text, an empty
 * text (which COPY would write `""`, csvField writes empty), and quantities without trailing zeros. Record ends
 * (COPY writes LF, the files end records with CRLF) are mended on the way out (csv-record-ends.ts).
 * csv-copy.test.ts checks these expressions against the domain's functions on tricky inputs.
 */

/** Code points of the formula characters: `ascii()` gives a text's first one (0 for an empty text). */
const FORMULA_CODE_POINTS = FORMULA_START_CHARACTERS.map((c) => c.codePointAt(0)).join(', ');

/** A text cell: neutralised against formulas as `neutralizeFormula`, empty as NULL (an empty field). */
export function csvTextSql(expression: string): string {
  // In parentheses, so that an operator of the expression (->>) cannot bind to the apostrophe's ||.
  const text = `(${expression})`;
  return `CASE WHEN ascii(${text}) IN (${FORMULA_CODE_POINTS}) THEN '''' || ${text} ELSE NULLIF(${text}, '') END`;
}

/** A stored quantity (numeric, 3 decimals) without trailing zeros, as `quantityCell` then `csvField` write it. */
export function csvQuantitySql(expression: string): string {
  return `trim_scale(${expression})`;
}

/** A SQL literal of a text from the code (never from a request). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The activities in the vocabulary's order, joined as the import reads them (`rawOperationResultRows`). */
export function csvActivitiesSql(expression: string): string {
  const vocabulary = `ARRAY[${ACTIVITIES.map(literal).join(', ')}]::text[]`;
  return csvTextSql(
    `array_to_string(ARRAY(SELECT v.a FROM unnest(${vocabulary}) WITH ORDINALITY AS v(a, n) ` +
      `WHERE v.a = ANY(${expression}) ORDER BY v.n), ${literal(ACTIVITY_SEPARATOR)})`,
  );
}

/**
 * The rows of `select`, as CSV without a header: the API writes the header (and the byte-order mark) itself.
 * COPY takes no parameters: `select` is SQL text from the code.
 */
export function copyCsvSql(select: string): string {
  return `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER false)`;
}
