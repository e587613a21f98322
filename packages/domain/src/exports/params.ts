import { z } from 'zod';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The query parameters that turn an analytics response into a file, spread into each analytics query schema
 * (`{ ...fields, ...EXPORT_QUERY_PARAMS }`) so that the strict schemas accept them and name them on a 400.
 */
export const EXPORT_QUERY_PARAMS = {
  format: z
    .enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
    .optional()
    .describe('json (default), csv or xlsx: the same figures as a file to download'),
  bom: z
    .enum(['true', 'false'], { error: 'bom must be true or false' })
    .optional()
    .describe('csv only: start the file with a UTF-8 byte-order mark, for Excel (default false)'),
};

/** format and bom read out of a whole query string, which the endpoint's own schema has already validated. */
export const ExportOptionsSchema = z
  .object(EXPORT_QUERY_PARAMS)
  .transform((q) => ({ format: q.format ?? 'json', bom: q.bom === 'true' }));
export type ExportOptions = z.output<typeof ExportOptionsSchema>;

/**
 * The query as the service sees it: format and bom only shape the file, so they are dropped and a CSV, an
 * XLSX and the JSON share one cached computation.
 */
export function withoutExportParams<T extends { format?: unknown; bom?: unknown }>(
  query: T,
): Omit<T, 'format' | 'bom'> {
  const { format: _format, bom: _bom, ...rest } = query;
  return rest;
}
