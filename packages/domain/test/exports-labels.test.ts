import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ANALYTICS_VIEWS,
  columnsTable,
  exportLanguage,
  exportReadme,
  exportTitle,
  flattenRows,
  LOCALES,
  labelTable,
  metadataTable,
  PROFILE_EXPORT,
  schemaColumns,
  buildExportMetadata,
  type ExportNames,
  type LabelContext,
  type Locale,
} from '../src/index.js';

const NAMES: ExportNames = {
  region: (code) => (code === 'EUR' ? { en: 'Europe', fr: 'Europe', es: 'Europa', ar: 'أوروبا' } : null),
  country: (iso3) => (iso3 === 'FRA' ? { en: 'France', fr: 'France', es: 'Francia', ar: 'فرنسا' } : null),
};

const ctx = (view: string, lang: Locale, filters: LabelContext['filters'] = {}): LabelContext => ({
  lang,
  view,
  filters,
  names: NAMES,
});

describe('a report-ready table', () => {
  const maturity = flattenRows([
    {
      region: 'EUR',
      regionName: { en: 'Europe', fr: 'Europe' },
      year: 2024,
      coverage: 0.0417,
      mean: 51.5,
      levels: { '3': 4 },
      suppressed: false,
    },
  ]);

  it('names each column in the language, writes the region’s name beside its code and shares in percent', () => {
    const table = labelTable(maturity, ctx('maturity', 'fr', { dimension: 'liaison' }));
    expect(table.columns).toEqual([
      'Code de la région',
      'Région',
      'Année',
      'Couverture (% des membres)',
      'Moyenne : Agents de liaison (0–100)',
      'Niveau calculé 3 – Coopération : administrations',
      'Masqué (moins de 3 administrations)',
    ]);
    expect(table.rows).toEqual([['EUR', 'Europe', 2024, 4.17, 51.5, 4, false]]);
  });

  it('says which statistic of which subject, and which kind of level, in Spanish', () => {
    const levels = flattenRows([{ region: 'XX', levels: { '1': 2 }, mean: 3 }]);
    const table = labelTable(levels, ctx('levels', 'es', { kind: 'self' }));
    expect(table.columns).toEqual([
      'Código de la región',
      'Región',
      'Nivel autoevaluado 1 – Coexistencia (A.18): administraciones',
      'Media: índice global (0–100)',
    ]);
    // A code the names do not know keeps an empty name rather than a wrong one.
    expect(table.rows[0]?.[1]).toBeNull();
  });

  it('names the map values by their metric: the overall index, the level, or a dimension named', () => {
    const rows = flattenRows([{ country: 'FRA', value: 50, year: 2024, status: 'validated' }]);
    const headerOf = (metric: string) =>
      labelTable(rows, ctx('map', 'fr', { metric })).columns.find((c) => c.includes('0–100') || c.includes('Niveau'));
    expect(headerOf('overall')).toBe('Indice global (0–100)');
    expect(headerOf('level')).toBe('Niveau calculé');
    expect(headerOf('liaison')).toBe('Agents de liaison : score (0–100)');
  });

  it('names the metric of maturity against outcomes, a hit rate in percent', () => {
    const points = flattenRows([{ country: 'FRA', overall: 60, value: 0.0123 }]);
    const table = labelTable(points, ctx('maturity-vs-outcomes', 'en', { metric: 'hitRate' }));
    expect(table.columns).toEqual([
      'Country code (ISO 3166-1 alpha-3)',
      'Country',
      'Overall index (0–100)',
      'Hit rate (%)',
    ]);
    expect(table.rows).toEqual([['FRA', 'France', 60, 1.23]]);
  });

  it('names spread quantities and database checks by commodity, unit and database', () => {
    const operations = flattenRows([
      {
        quantities: [{ commodity: 'cocaine', unit: 'kg', quantity: 12.5, cases: 3 }],
        databaseChecks: [{ database: 'sltd', queries: 200, hits: 3, hitRate: 0.015 }],
      },
    ]);
    const table = labelTable(operations, ctx('operations', 'en'));
    expect(table.columns).toEqual([
      'Cocaine: quantity seized (kg)',
      'Cocaine (kg): seizure cases',
      'Stolen and Lost Travel Documents (SLTD): queries',
      'Stolen and Lost Travel Documents (SLTD): hits',
      'Stolen and Lost Travel Documents (SLTD): hit rate (%)',
    ]);
    expect(table.rows).toEqual([[12.5, 3, 200, 3, 1.5]]);
  });

  it('refuses a field no rule names, rather than show it under its machine name', () => {
    expect(() => labelTable(flattenRows([{ novelty: 1 }]), ctx('maturity', 'en'))).toThrow(/novelty/);
  });
});

describe('every file the platform writes', () => {
  const specs = [...Object.values(ANALYTICS_VIEWS).map((view) => view.export), PROFILE_EXPORT];

  it.each(LOCALES)('has a distinct, translated header for every column of every view in %s', (lang) => {
    for (const spec of specs) {
      const machine = { columns: schemaColumns(spec.rows), rows: [] };
      // The map's metric is a score (overall, level or a dimension); maturity-vs-outcomes' is an outcome.
      const metric = spec.name === 'map' ? 'liaison' : 'seizureCases';
      const filters = { dimension: 'liaison', metric, kind: 'computed' };
      const table = labelTable(machine, ctx(spec.name, lang, filters));
      expect(table.columns.length, spec.name).toBeGreaterThan(0);
      expect(new Set(table.columns).size, spec.name).toBe(table.columns.length);
      for (const header of table.columns) expect(machine.columns, `${spec.name}: ${header}`).not.toContain(header);
    }
  });
});

describe('the columns of an empty file', () => {
  it('come from the row schema, as flattenRows would name them', () => {
    const schema = z.object({
      region: z.string(),
      name: z.object({ en: z.string(), fr: z.string() }),
      scores: z.record(z.enum(['a', 'b']), z.number().nullable()).nullable(),
      quantities: z.array(z.object({ commodity: z.string() })).nullable(),
      tags: z.array(z.string()),
    });
    expect(schemaColumns(schema)).toEqual(['region', 'name.en', 'name.fr', 'scores.a', 'scores.b', 'tags']);
  });
});

describe('the language of a file', () => {
  it.each([
    [undefined, undefined, 'en'],
    ['ar', 'fr-FR', 'ar'],
    [undefined, 'es-MX,es;q=0.9,en;q=0.8', 'es'],
    [undefined, 'de-DE,fr;q=0.7,en;q=0.8', 'en'],
    [undefined, 'de-DE, ar;q=0.5', 'ar'],
    [undefined, 'fr;q=0', 'en'],
  ] as const)('lang=%s with Accept-Language %s is %s', (lang, accept, expected) => {
    expect(exportLanguage(lang, accept)).toBe(expected);
  });
});

describe('the title, metadata and README', () => {
  const title = { en: 'Maturity index by region and year', fr: 'Indice de maturité par région et par année' };
  const withDimension = (c: LabelContext) =>
    c.filters.dimension === 'liaison' ? ['dimension : Agents de liaison'] : [];

  it('name what the file holds and its years', () => {
    const filters = { grouping: 'wco', from: 2016, to: 2026, dimension: 'liaison' };
    expect(exportTitle(title, withDimension, ctx('maturity', 'fr', filters))).toBe(
      'Indice de maturité par région et par année — dimension : Agents de liaison, 2016–2026',
    );
    expect(exportTitle(title, undefined, ctx('maturity', 'en', { year: 2024 }))).toBe(
      'Maturity index by region and year, 2024',
    );
  });

  it('give the metadata a header row and each entry its name in the language, and the README says it in words', () => {
    const metadata = buildExportMetadata({
      methodologyVersion: 'v1',
      title: 'Lacunes, 2026',
      filters: { grouping: 'wco', year: 2026 },
      generatedAt: new Date('2026-12-05T10:00:00Z'),
      validatedOnly: false,
      demoData: true,
      lang: 'fr',
    });
    const table = metadataTable(metadata, [['pearson', 0.5]], 'fr');
    expect(table.columns).toEqual(['clé', 'Rubrique', 'Valeur']);
    expect(table.rows[0]).toEqual(['title', 'Titre', 'Lacunes, 2026']);
    expect(table.rows.find((r) => r[0] === 'dataStatus')).toEqual([
      'dataStatus',
      'Données comptées',
      'évaluations soumises et validées',
    ]);
    expect(table.rows.at(-1)).toEqual(['pearson', 'Corrélation de Pearson', 0.5]);
    const columns = columnsTable(labelTable(flattenRows([{ year: 2026 }]), ctx('gaps', 'fr')), 'fr');
    const readme = exportReadme(table, columns, { data: 'd.csv', metadata: 'm.csv', columns: 'c.csv' }, 'fr').split(
      '\r\n',
    );
    expect(readme[0]).toBe('Lacunes, 2026');
    expect(readme).toContain('Citation : CPC Observatory (2026-12-05). Lacunes, 2026. Méthodologie v1.');
    expect(readme).toContain('- Année [year] (année)');
  });
});
