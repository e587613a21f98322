import { ERROR, SIGNED_IN, operation, query } from '../../openapi/openapi-helpers.js';

const TAG = 'exports';
const FORMAT = query('format', 'csv (default) or xlsx', 'csv');
const BOM = query('bom', 'CSV only: true starts the file with a UTF-8 byte-order mark (Excel needs it for accents)');

/** A file streamed as an attachment, CSV or XLSX. */
const FILE = {
  '200': {
    description:
      'The file, as an attachment (`<what>_<YYYY-MM-DD>.csv|xlsx`), streamed from the database as it is read. ' +
      'Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are prefixed ' +
      'with an apostrophe.',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  },
  '400': ERROR,
  ...SIGNED_IN,
  '503': {
    ...ERROR,
    description: 'Three raw exports are already streaming on this instance; try again after Retry-After seconds',
  },
};

/** The raw exports: the stored data in exactly the import layouts (analysts and admins). */
export function rawExportPaths(): Record<string, object> {
  return {
    '/api/exports/assessments': {
      get: operation(
        'Every answer of every assessment, in the assessments import layout (analysts, admins)',
        {
          description:
            'country, year, status, one column per item code (multi options joined by ";"), comment:<code>, then ' +
            'the stored scores in score:… columns, which the import skips. One row per assessment, by country and ' +
            'year. By default only submitted and validated assessments: the file imports again as it is. ' +
            'status=all adds drafts and returned ones, with empty scores; the import refuses those statuses, so ' +
            'such a file does not re-import as it is.',
          parameters: [
            FORMAT,
            query('status', 'counted (default: submitted and validated) or all (drafts and returned ones too)'),
            BOM,
          ],
          responses: FILE,
        },
        TAG,
      ),
    },
    '/api/exports/operation-results': {
      get: operation(
        'Every reported result, in the operations import layout (analysts, admins)',
        {
          description:
            'One row per operation × country × commodity and unit, by operation code, country, commodity and ' +
            'unit; a result without seizures is one row with empty seizure cells. Quantities with a dot and at ' +
            'most 3 decimals. Imported into the same database, the file changes nothing. The layout has no ' +
            'place for operation descriptions, participants without a result or operations without any result.',
          parameters: [FORMAT, BOM],
          responses: FILE,
        },
        TAG,
      ),
    },
  };
}
