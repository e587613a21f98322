import { z } from 'zod';
import { isLocale, LOCALES, type Locale } from '../i18n.js';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether a `format` parameter asks for a file to download (json is the API's own answer). */
export const isFileFormat = (format: unknown): boolean => format === 'csv' || format === 'xlsx' || format === 'zip';

/** labels: a report-ready file in the reader's language; fields: the JSON's field names and values, for scripts. */
export const EXPORT_HEADERS = ['labels', 'fields'] as const;
export type ExportHeaders = (typeof EXPORT_HEADERS)[number];

/**
 * The query parameters that turn an analytics response into a file, spread into each analytics query schema
 * (`{ ...fields, ...EXPORT_QUERY_PARAMS }`) so that the strict schemas accept them and name them on a 400.
 */
export const EXPORT_QUERY_PARAMS = {
  format: z
    .enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
    .optional()
    .describe(
      'json (default), csv, xlsx, or zip (the CSV with its metadata, its columns and a README): the same figures as a file to download',
    ),
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
    .describe(
      'The language of the file: its title, headers, names and metadata, and with dialect=excel its separators (default: the best match of Accept-Language, else en)',
    ),
  headers: z
    .enum(EXPORT_HEADERS, { error: `headers must be one of ${EXPORT_HEADERS.join(', ')}` })
    .optional()
    .describe(
      'labels (default: headers in lang, names beside codes, shares in %) or fields (the JSON field names and values, for scripts)',
    ),
};

/** The export parameters read out of a whole query string, which the endpoint's own schema has already validated. */
export const ExportOptionsSchema = z.object(EXPORT_QUERY_PARAMS).transform((q) => ({
  format: q.format ?? 'json',
  bom: q.bom === 'true',
  dialect: q.dialect ?? 'rfc4180',
  /** Undefined: the request's Accept-Language decides (exportLanguage). */
  lang: q.lang,
  headers: q.headers ?? 'labels',
}));
export type ExportOptions = z.output<typeof ExportOptionsSchema>;

/**
 * The query as the service sees it: format, bom, dialect and lang only shape the file, so they are dropped and a CSV, an
 * XLSX and the JSON share one cached computation.
 */
export function withoutExportParams<
  T extends { format?: unknown; bom?: unknown; dialect?: unknown; lang?: unknown; headers?: unknown },
>(query: T): Omit<T, 'format' | 'bom' | 'dialect' | 'lang' | 'headers'> {
  const { format: _format, bom: _bom, dialect: _dialect, lang: _lang, headers: _headers, ...rest } = query;
  return rest;
}

/**
 * The language of a file: `lang` when asked, else the first language of Accept-Language (by quality) that
 * the platform has, else English. A browser's link gets the reader's language; a script gets English.
 */
export function exportLanguage(lang: Locale | undefined, acceptLanguage: string | undefined): Locale {
  if (lang) return lang;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.base).find(isLocale) ?? 'en';
}
