import { describe, expect, it } from 'vitest';
import {
  ANALYTICS_VIEWS,
  csvDocument,
  excelCsvDialect,
  appliedFilters,
  buildExportMetadata,
  exportFileName,
  exportMetadataRows,
  exportSummaryRows,
  ExportOptionsSchema,
  formatExportFilters,
  LevelsQuerySchema,
  MaturityQuerySchema,
  OperationsAnalyticsQuerySchema,
  PROFILE_EXPORT,
  ProfileQuerySchema,
  SYNTHETIC_NOTICE,
  YearQuerySchema,
} from '../src/index.js';

describe('the format and bom parameters', () => {
  it('are accepted by every analytics query schema, and left out of the query the service sees', () => {
    expect(MaturityQuerySchema.parse({ from: '2020', to: '2024', format: 'csv', bom: 'true' })).toEqual({
      grouping: 'wco',
      from: 2020,
      to: 2024,
    });
    expect(YearQuerySchema.parse({ year: '2024', format: 'xlsx' })).toEqual({ grouping: 'wco', year: 2024 });
    expect(ProfileQuerySchema.parse({ format: 'json', bom: 'false' })).toEqual({ grouping: 'wco' });
    expect(OperationsAnalyticsQuerySchema.parse({ from: '2024', to: '2024', format: 'csv' })).toEqual({
      grouping: 'wco',
      from: 2024,
      to: 2024,
    });
  });

  it('are refused with other values, naming the field', () => {
    const result = LevelsQuerySchema.safeParse({ format: 'pdf', bom: 'yes' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['format', 'format must be one of json, csv, xlsx, zip'],
      ['bom', 'bom must be true or false'],
    ]);
  });

  it('default to JSON without a byte-order mark', () => {
    const defaults = { format: 'json', bom: false, dialect: 'rfc4180', lang: undefined, headers: 'labels' };
    expect(ExportOptionsSchema.parse({ grouping: 'wco' })).toEqual(defaults);
    expect(ExportOptionsSchema.parse({ format: 'csv', bom: 'true' })).toEqual({
      ...defaults,
      format: 'csv',
      bom: true,
    });
    expect(ExportOptionsSchema.parse({ format: 'csv', dialect: 'excel', lang: 'fr' })).toMatchObject({
      dialect: 'excel',
      lang: 'fr',
    });
  });
});

describe('the CSV dialects', () => {
  const table = { columns: ['region', 'mean', 'name'], rows: [['EUR', 54.25, 'São Tomé; Príncipe, and more']] };

  it('write RFC 4180 for scripts: commas, dot decimals', () => {
    expect(csvDocument(table, false)).toBe('region,mean,name\r\nEUR,54.25,"São Tomé; Príncipe, and more"\r\n');
  });

  it('write what Excel reads in French and Spanish: semicolons and decimal commas; English and Arabic keep commas', () => {
    expect(excelCsvDialect('fr')).toEqual({ separator: ';', decimalComma: true });
    expect(excelCsvDialect('es')).toEqual({ separator: ';', decimalComma: true });
    expect(excelCsvDialect('en')).toEqual({ separator: ',', decimalComma: false });
    expect(excelCsvDialect('ar')).toEqual({ separator: ',', decimalComma: false });
    expect(csvDocument(table, false, excelCsvDialect('fr'))).toBe(
      'region;mean;name\r\nEUR;54,25;"São Tomé; Príncipe, and more"\r\n',
    );
  });
});

describe('the filters of a file', () => {
  it('are the path parameters, then the applied query with its defaults', () => {
    const filters = appliedFilters(PROFILE_EXPORT, { iso3: 'FRA' }, { status: 'validated', format: 'xlsx' });
    expect(filters).toEqual({ iso3: 'FRA', grouping: 'wco', status: 'validated' });
    expect(formatExportFilters(filters)).toBe('iso3=FRA&grouping=wco&status=validated');
  });

  it('read as a query string, values encoded', () => {
    expect(formatExportFilters({ grouping: 'a&b', from: 2016, dimension: null })).toBe(
      'grouping=a%26b&from=2016&dimension=',
    );
  });
});

describe('file names', () => {
  const at = new Date('2026-11-27T10:00:00Z');
  const specs = { ...ANALYTICS_VIEWS, profile: { export: PROFILE_EXPORT } };
  const name = (spec: keyof typeof specs, filters: Record<string, string | number>, ext: 'csv' | 'xlsx') =>
    exportFileName([specs[spec].export.name, ...specs[spec].export.fileName(filters)], at, ext);

  it.each([
    ['maturity', { grouping: 'wco', from: 2016, to: 2026 }, 'csv', 'maturity_wco_2016-2026_2026-11-27.csv'],
    [
      'maturity',
      { grouping: 'wco', from: 2016, to: 2026, dimension: 'governance' },
      'csv',
      'maturity_wco_2016-2026_governance_2026-11-27.csv',
    ],
    [
      'levels',
      { grouping: 'un', from: 2020, to: 2024, kind: 'self' },
      'xlsx',
      'levels_un_2020-2024_self_2026-11-27.xlsx',
    ],
    ['gaps', { grouping: 'wco', year: 2024 }, 'csv', 'gaps_wco_2024_2026-11-27.csv'],
    ['participation', { grouping: 'wco', from: 2024, to: 2025 }, 'csv', 'participation_wco_2024-2025_2026-11-27.csv'],
    [
      'maturityVsOutcomes',
      { grouping: 'wco', year: 2024, metric: 'hitRate' },
      'csv',
      'maturity-vs-outcomes_wco_2024_hitrate_2026-11-27.csv',
    ],
    ['profile', { iso3: 'FRA', grouping: 'wco' }, 'xlsx', 'profile_fra_2026-11-27.xlsx'],
  ] as const)('%s %j → %s', (spec, filters, ext, expected) => {
    expect(name(spec, filters, ext)).toBe(expected);
  });
});

describe('the metadata sheet', () => {
  const at = new Date('2026-11-27T10:00:00.000Z');
  const metadata = (validatedOnly: boolean | null, demoData: boolean) =>
    buildExportMetadata({
      title: 'Maturity',
      filters: { grouping: 'wco' },
      generatedAt: at,
      validatedOnly,
      demoData,
      methodologyVersion: 'v2',
    });

  it('has its keys in a fixed order, the synthetic-data notice only with demo data', () => {
    expect(exportMetadataRows(metadata(false, false)).map(([key]) => key)).toEqual([
      'title',
      'filters',
      'methodologyVersion',
      'generatedAt',
      'source',
      'citation',
      'dataStatus',
    ]);
    expect(exportMetadataRows(metadata(false, true)).at(-1)).toEqual(['syntheticData', SYNTHETIC_NOTICE]);
  });

  it('says which assessments are counted, or that none are', () => {
    expect(metadata(false, false).dataStatus).toBe('submitted and validated assessments');
    expect(metadata(true, false).dataStatus).toBe('validated assessments only');
    expect(metadata(null, false).dataStatus).toBe('operation results as reported (no assessment status applies)');
  });

  it('is dated in UTC and cites the methodology', () => {
    const rows = new Map(exportMetadataRows(metadata(false, false)));
    expect(rows.get('generatedAt')).toBe('2026-11-27T10:00:00.000Z');
    expect(rows.get('citation')).toBe(`CPC Observatory (2026-11-27). Maturity. Methodology v2.`);
  });

  it('carries the correlations of maturity against outcomes', () => {
    const response = { points: [], pearson: 0.8123, spearman: null, n: 4, excluded: 1 };
    expect(exportSummaryRows(ANALYTICS_VIEWS.maturityVsOutcomes.export, response)).toEqual([
      ['pearson', 0.8123],
      ['spearman', null],
      ['n', 4],
      ['excluded', 1],
    ]);
    expect(exportSummaryRows(ANALYTICS_VIEWS.maturity.export, response)).toEqual([]);
  });
});
