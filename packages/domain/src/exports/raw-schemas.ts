import { METHODOLOGY_QUERY_PARAM } from '../methodology/version.js';
import { z } from 'zod';

/** A raw export is the import layout again: CSV or XLSX, the two formats the imports read. */
export const RAW_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type RawExportFormat = (typeof RAW_EXPORT_FORMATS)[number];

/** counted: submitted and validated, as the analytics count them; all: drafts and returned ones too. */
export const RAW_ASSESSMENT_SCOPES = ['counted', 'all'] as const;
export type RawAssessmentScope = (typeof RAW_ASSESSMENT_SCOPES)[number];

const format = z
  .enum(RAW_EXPORT_FORMATS, { error: `format must be ${RAW_EXPORT_FORMATS.join(' or ')}` })
  .default('csv')
  .describe('csv (default, UTF-8, CRLF, RFC 4180) or xlsx (one sheet, as the import reads it)');

const bom = z
  .enum(['true', 'false'], { error: 'bom must be true or false' })
  .optional()
  .transform((v) => v === 'true')
  .describe('CSV only: true starts the file with a UTF-8 byte-order mark, which Excel needs to read accents');

export const RawAssessmentsExportQuerySchema = z
  .object({
    format,
    status: z
      .enum(RAW_ASSESSMENT_SCOPES, { error: `status must be ${RAW_ASSESSMENT_SCOPES.join(' or ')}` })
      .default('counted')
      .describe(
        'counted (default): submitted and validated assessments, a file the import takes back as it is; ' +
          'all: drafts and returned ones too (the import refuses their status)',
      ),
    bom,
    ...METHODOLOGY_QUERY_PARAM,
  })
  .strict();
export type RawAssessmentsExportQuery = z.infer<typeof RawAssessmentsExportQuerySchema>;

/**
 * The operation results export's tables: `results` (one row per result, its arrests and checks once),
 * `seizures` (one row per seizure line, with its result's key), or `import` (the import layout, a result's
 * columns repeated on each of its seizure rows: the file to edit and import again).
 */
export const RAW_OPERATION_PARTS = ['results', 'seizures', 'import'] as const;
export type RawOperationPart = (typeof RAW_OPERATION_PARTS)[number];

export const RawOperationResultsExportQuerySchema = z
  .object({
    format,
    bom,
    part: z
      .enum(RAW_OPERATION_PARTS, { error: `part must be one of ${RAW_OPERATION_PARTS.join(', ')}` })
      .optional()
      .describe(
        'results: one row per result (default for CSV); seizures: one row per seizure line with its result’s ' +
          'operation_code and country; import: the import layout, which re-imports unchanged. Without part, ' +
          'an XLSX holds two sheets, results then seizures.',
      ),
  })
  .strict();
export type RawOperationResultsExportQuery = z.infer<typeof RawOperationResultsExportQuerySchema>;
