/** `maturity_wco_2016-2026_2026-11-27.csv`: what, for which grouping and years, and when. */
export function exportFileName(
  parts: readonly (string | number | null | undefined)[],
  generatedAt: Date,
  extension: 'csv' | 'xlsx' | 'json' | 'zip',
): string {
  const words = parts
    .filter((p): p is string | number => p !== null && p !== undefined && String(p) !== '')
    .map((p) =>
      String(p)
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '');
  return `${[...words, generatedAt.toISOString().slice(0, 10)].join('_')}.${extension}`;
}

/** An import template's file name: `cpc-assessments-template.xlsx`, the same from the API and the web's link. */
export function importTemplateFileName(resource: 'assessments' | 'operations', format: 'csv' | 'xlsx'): string {
  return `cpc-${resource}-template.${format}`;
}
