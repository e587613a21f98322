import type { Locale } from '../i18n.js';
import { EXPORT_TEXTS, exportCitation, exportText } from './metadata-texts.js';

/** What every export carries besides its figures: enough to cite it and to know what it counts. */
export interface ExportMetadata {
  title: string;
  /** The query as applied, e.g. `{grouping: 'wco', from: 2016, to: 2026}`. */
  filters: Record<string, string | number | boolean | null>;
  methodologyVersion: string;
  /** ISO 8601, UTC. */
  generatedAt: string;
  source: string;
  citation: string;
  /** Which assessments the figures count. */
  dataStatus: string;
  /** Set when the database holds synthetic demo data. */
  syntheticData: string | null;
  /** Set when the figures were protected for a national user (docs/disclosure.md). */
  protectedFigures: string | null;
}

/**
 * What a file's rows count, for its `dataStatus`: `assessments` the submitted and validated ones (or the
 * validated ones with status=validated), `everyAssessment` one row per assessment whatever its status (the
 * profile), `operations` operation results, `assessmentsAndOperations` both (maturity against outcomes),
 * `register` the instruments register, `actions` action plans' actions against assessments' gaps.
 */
export const COUNTED_DATA = [
  'assessments',
  'everyAssessment',
  'operations',
  'assessmentsAndOperations',
  'register',
  'actions',
] as const;
export type CountedData = (typeof COUNTED_DATA)[number];

/** The `dataStatus` text of a file whose rows count `counts`, in the language. */
export function dataStatusText(counts: CountedData, validatedOnly: boolean, lang: Locale): string {
  const assessments = exportText(validatedOnly ? 'validatedAssessments' : 'countedAssessments', lang);
  switch (counts) {
    case 'assessments':
      return assessments;
    case 'assessmentsAndOperations':
      return `${assessments}; ${exportText('operationResults', lang)}`;
    case 'operations':
      return exportText('operationResults', lang);
    case 'everyAssessment':
    case 'register':
    case 'actions':
      return exportText(counts, lang);
  }
}

export const EXPORT_SOURCE = EXPORT_TEXTS.source.en;
export const SYNTHETIC_NOTICE = EXPORT_TEXTS.synthetic.en;
export const PROTECTED_FIGURES_NOTICE = EXPORT_TEXTS.protectedFigures.en;

export function buildExportMetadata(input: {
  title: string;
  filters: ExportMetadata['filters'];
  generatedAt: Date;
  /** null for figures that count no assessment (operational outcomes, participation). */
  validatedOnly: boolean | null;
  /** What the rows count; by default assessments, or operation results when `validatedOnly` is null. */
  counts?: CountedData;
  demoData: boolean;
  protectedFigures?: boolean;
  /** The language of the texts (default English); the keys and filters stay machine-readable. */
  lang?: Locale;
  /** The methodology the figures were computed with. */
  methodologyVersion: string;
}): ExportMetadata {
  const lang = input.lang ?? 'en';
  const date = input.generatedAt.toISOString().slice(0, 10);
  const counts = input.counts ?? (input.validatedOnly === null ? 'operations' : 'assessments');
  return {
    title: input.title,
    filters: input.filters,
    methodologyVersion: input.methodologyVersion,
    generatedAt: input.generatedAt.toISOString(),
    source: exportText('source', lang),
    citation: exportCitation(input.title, date, input.methodologyVersion, lang),
    dataStatus: dataStatusText(counts, input.validatedOnly === true, lang),
    syntheticData: input.demoData ? exportText('synthetic', lang) : null,
    protectedFigures: input.protectedFigures === true ? exportText('protectedFigures', lang) : null,
  };
}

/** The filters as a query string (`grouping=wco&from=2016&to=2026`): what was asked, in a form that can be asked again. */
export function formatExportFilters(filters: ExportMetadata['filters']): string {
  return Object.entries(filters)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : String(value))}`)
    .join('&');
}

/** The metadata as key/value rows, the synthetic-data notice only when there is one. */
export function exportMetadataRows(metadata: ExportMetadata): [key: string, value: string][] {
  const rows: [string, string][] = [
    ['title', metadata.title],
    ['filters', formatExportFilters(metadata.filters)],
    ['methodologyVersion', metadata.methodologyVersion],
    ['generatedAt', metadata.generatedAt],
    ['source', metadata.source],
    ['citation', metadata.citation],
    ['dataStatus', metadata.dataStatus],
  ];
  if (metadata.syntheticData !== null) rows.push(['syntheticData', metadata.syntheticData]);
  if (metadata.protectedFigures !== null) rows.push(['protectedFigures', metadata.protectedFigures]);
  return rows;
}
