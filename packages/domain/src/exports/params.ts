import { z } from 'zod';
import { LOCALES } from '../i18n.js';

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
  dialect: z
    .enum(['rfc4180', 'excel'], { error: 'dialect must be rfc4180 or excel' })
    .optional()
    .describe(
      'csv only: rfc4180 (default: commas, dot decimals, for scripts) or excel (as Excel reads a CSV in lang: semicolons and decimal commas in French and Spanish)',
    ),
  lang: z
    .enum(LOCALES, { error: `lang must be one of ${LOCALES.join(', ')}` })
    .optional()
    .describe('The language of the file (default en): with dialect=excel, its separators'),
};

/** format and bom read out of a whole query string, which the endpoint's own schema has already validated. */
export const ExportOptionsSchema = z.object(EXPORT_QUERY_PARAMS).transform((q) => ({
  format: q.format ?? 'json',
  bom: q.bom === 'true',
  dialect: q.dialect ?? 'rfc4180',
  lang: q.lang ?? 'en',
}));
export type ExportOptions = z.output<typeof ExportOptionsSchema>;

/**
 * The query as the service sees it: format, bom, dialect and lang only shape the file, so they are dropped and a CSV, an
 * XLSX and the JSON share one cached computation.
 */
export function withoutExportParams<T extends { format?: unknown; bom?: unknown; dialect?: unknown; lang?: unknown }>(
  query: T,
): Omit<T, 'format' | 'bom' | 'dialect' | 'lang'> {
  const { format: _format, bom: _bom, dialect: _dialect, lang: _lang, ...rest } = query;
  return rest;
}
