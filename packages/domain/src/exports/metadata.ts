import { METHODOLOGY_VERSION } from '../methodology/version.js';

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

export const EXPORT_SOURCE =
  'CPC Observatory, from national answers to the diagnostic tool of the WCO/INTERPOL Customs–Police Cooperation Handbook';

export const SYNTHETIC_NOTICE =
  'Synthetic demo data: these figures are generated for demonstration and describe no real administration.';

/** What operational figures count: results as reported, to which no assessment status applies. */
export const OPERATIONS_DATA_STATUS = 'operation results as reported (no assessment status applies)';

export const PROTECTED_FIGURES_NOTICE =
  'Protected figures: administrations that keep their figures confidential are included with a bounded perturbation (means of 10 or more administrations within ±3 points, counts within ±2, operational figures within ±10% in cells of 10 or more countries); medians, quartiles and extremes are left out; cells of fewer than 3 administrations are withheld.';

export function buildExportMetadata(input: {
  title: string;
  filters: ExportMetadata['filters'];
  generatedAt: Date;
  /** null for figures that count no assessment (operational outcomes, participation). */
  validatedOnly: boolean | null;
  demoData: boolean;
  protectedFigures?: boolean;
}): ExportMetadata {
  const date = input.generatedAt.toISOString().slice(0, 10);
  return {
    title: input.title,
    filters: input.filters,
    methodologyVersion: METHODOLOGY_VERSION,
    generatedAt: input.generatedAt.toISOString(),
    source: EXPORT_SOURCE,
    citation: `CPC Observatory (${date}). ${input.title}. Methodology ${METHODOLOGY_VERSION}.`,
    dataStatus:
      input.validatedOnly === null
        ? OPERATIONS_DATA_STATUS
        : input.validatedOnly
          ? 'validated assessments only'
          : 'submitted and validated assessments',
    syntheticData: input.demoData ? SYNTHETIC_NOTICE : null,
    protectedFigures: input.protectedFigures === true ? PROTECTED_FIGURES_NOTICE : null,
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
