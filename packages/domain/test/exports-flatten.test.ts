import { describe, expect, it } from 'vitest';
import { flattenRows, LIST_SPREADS } from '../src/index.js';

/*
 * One row per element of a JSON list: columns are the field names in the JSON's order, objects flattened
 * with dots, lists of objects spread by their natural key in vocabulary order.
 */

describe('flattening a list of rows', () => {
  it('keeps scalar fields in the JSON’s order', () => {
    expect(flattenRows([{ country: 'FRA', region: 'R1', overall: 62.5, suppressed: false }])).toEqual({
      columns: ['country', 'region', 'overall', 'suppressed'],
      rows: [['FRA', 'R1', 62.5, false]],
    });
  });

  it('flattens nested objects with dots, at the place of their field', () => {
    const table = flattenRows([
      {
        region: 'R1',
        regionName: { en: 'Europe', fr: 'Europe' },
        levels: { '1': 0, '2': 3 },
        scores: { overall: 40, dimensions: { governance: 80, liaison: null } },
      },
    ]);
    expect(table.columns).toEqual([
      'region',
      'regionName.en',
      'regionName.fr',
      'levels.1',
      'levels.2',
      'scores.overall',
      'scores.dimensions.governance',
      'scores.dimensions.liaison',
    ]);
    expect(table.rows).toEqual([['R1', 'Europe', 'Europe', 0, 3, 40, 80, null]]);
  });

  it('gives a suppressed row empty cells where another row has an object', () => {
    const table = flattenRows([
      { region: 'R1', levels: null, suppressed: true },
      { region: 'R2', levels: { '1': 2, '2': 1 }, suppressed: false },
    ]);
    expect(table.columns).toEqual(['region', 'levels.1', 'levels.2', 'suppressed']);
    expect(table.rows).toEqual([
      ['R1', null, null, true],
      ['R2', 2, 1, false],
    ]);
  });

  it('keeps an object that is null in every row as one empty column of its name', () => {
    const table = flattenRows([
      { region: 'R1', dimensions: null },
      { region: 'R2', dimensions: null },
    ]);
    expect(table).toEqual({
      columns: ['region', 'dimensions'],
      rows: [
        ['R1', null],
        ['R2', null],
      ],
    });
  });

  it('puts a field first seen in a later row where that row has it', () => {
    const table = flattenRows([
      { a: 1, c: 3 },
      { a: 1, b: 2, c: 3 },
    ]);
    expect(table.columns).toEqual(['a', 'c', 'b']);
    expect(table.rows).toEqual([
      [1, 3, null],
      [1, 3, 2],
    ]);
  });

  it('drops undefined fields, as JSON does', () => {
    expect(flattenRows([{ a: 1, b: undefined }]).columns).toEqual(['a']);
  });

  it('has no columns for no rows', () => {
    expect(flattenRows([])).toEqual({ columns: [], rows: [] });
  });

  it('joins a list of plain values into one cell', () => {
    expect(flattenRows([{ codes: ['A.1', 'A.2'] }])).toEqual({ columns: ['codes'], rows: [['A.1; A.2']] });
  });
});

describe('spreading seizure quantities', () => {
  const rows = [
    {
      region: 'R1',
      quantities: [
        { commodity: 'currency', unit: 'eur', quantity: 5000, cases: 1 },
        { commodity: 'cocaine', unit: 'kg', quantity: 12.5, cases: 2 },
      ],
      suppressed: false,
    },
    {
      region: 'R2',
      quantities: [
        { commodity: 'currency', unit: 'usd', quantity: 1234567.5, cases: 1 },
        { commodity: 'cocaine', unit: 'kg', quantity: 0.1, cases: 1 },
      ],
      suppressed: false,
    },
    { region: 'R3', quantities: null, suppressed: true },
    { region: 'R4', quantities: [], suppressed: false },
  ];

  it('gives quantities.<commodity>.<unit> and .cases, commodities then units in vocabulary order', () => {
    const table = flattenRows(rows);
    expect(table.columns).toEqual([
      'region',
      'quantities.cocaine.kg',
      'quantities.cocaine.kg.cases',
      'quantities.currency.usd',
      'quantities.currency.usd.cases',
      'quantities.currency.eur',
      'quantities.currency.eur.cases',
      'suppressed',
    ]);
    expect(table.rows).toEqual([
      ['R1', 12.5, 2, null, null, 5000, 1, false],
      ['R2', 0.1, 1, 1234567.5, 1, null, null, false],
      ['R3', null, null, null, null, null, null, true],
      ['R4', null, null, null, null, null, null, false],
    ]);
  });

  it('puts the quantity first within its key whatever the element’s field order', () => {
    const table = flattenRows([{ quantities: [{ cases: 4, unit: 'kg', commodity: 'heroin', quantity: 2 }] }]);
    expect(table).toEqual({
      columns: ['quantities.heroin.kg', 'quantities.heroin.kg.cases'],
      rows: [[2, 4]],
    });
  });

  it('has a column group for the keys present in the data only', () => {
    const table = flattenRows([{ quantities: [{ commodity: 'wildlife', unit: 'heads', quantity: 3, cases: 1 }] }]);
    expect(table.columns).toEqual(['quantities.wildlife.heads', 'quantities.wildlife.heads.cases']);
  });
});

describe('spreading database checks', () => {
  it('gives databaseChecks.<database>.queries/.hits/.hitRate in the vocabulary’s order', () => {
    const table = flattenRows([
      {
        databaseChecks: [
          { database: 'notices', queries: 0, hits: 0, hitRate: null },
          { database: 'sltd', queries: 50, hits: 5, hitRate: 0.1 },
        ],
      },
      { databaseChecks: [{ database: 'smv', queries: 3, hits: 1, hitRate: 0.3333 }] },
    ]);
    expect(table.columns).toEqual([
      'databaseChecks.sltd.queries',
      'databaseChecks.sltd.hits',
      'databaseChecks.sltd.hitRate',
      'databaseChecks.smv.queries',
      'databaseChecks.smv.hits',
      'databaseChecks.smv.hitRate',
      'databaseChecks.notices.queries',
      'databaseChecks.notices.hits',
      'databaseChecks.notices.hitRate',
    ]);
    expect(table.rows).toEqual([
      [50, 5, 0.1, null, null, null, 0, 0, null],
      [null, null, null, 3, 1, 0.3333, null, null, null],
    ]);
  });
});

describe('other lists of objects', () => {
  const spreads = { ...LIST_SPREADS, gaps: { keys: ['code'], order: ['A.1', 'A.2.1', 'A.10'] } };

  it('are spread by the key a ListSpread names, in its order, keys outside it last', () => {
    const table = flattenRows(
      [
        {
          gaps: [
            { code: 'X.9', points: 0 },
            { code: 'A.10', points: 0.25 },
            { code: 'A.1', points: 0 },
          ],
        },
      ],
      spreads,
    );
    expect(table).toEqual({
      columns: ['gaps.A.1.points', 'gaps.A.10.points', 'gaps.X.9.points'],
      rows: [[0, 0.25, 0]],
    });
  });

  it('are refused without a ListSpread, rather than exported wrong', () => {
    expect(() => flattenRows([{ regions: [{ code: 'R1' }] }])).toThrow(
      'regions: a list of objects needs a ListSpread naming its key',
    );
  });

  it('are refused when two elements share a key', () => {
    expect(() =>
      flattenRows([
        {
          databaseChecks: [
            { database: 'sltd', queries: 1 },
            { database: 'sltd', queries: 2 },
          ],
        },
      ]),
    ).toThrow('databaseChecks: two elements are both sltd');
  });
});
