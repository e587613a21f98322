import { describe, expect, it } from 'vitest';
import { commodityBreakdown } from '../src/analytics/commodityBreakdown';
import { databaseHitRates } from '../src/analytics/databaseHitRates';
import { pointsOfPeriod } from '../src/analytics/operationsPeriod';
import { hasReports, operationsCell, trendRows } from '../src/analytics/operationsSeries';
import { regionSeries } from '../src/analytics/regionSeries';
import { scatterGroups } from '../src/analytics/scatterGroups';
import { participationEntries, participationTicks } from '../src/map/participationEntries';
import { errorAt, formErrors, parseNumber, unplacedErrors } from '../src/operations/formErrors';
import { operationFiltersQuery, parseOperationFilters } from '../src/operations/listFilters';
import { checkOperationDraft, emptyOperationDraft } from '../src/operations/operationDraft';
import {
  checkResultDraft,
  emptyResultDraft,
  emptySeizure,
  placeResultErrors,
  resultDraftOf,
} from '../src/operations/resultDraft';
import { groupings } from './fixtures';
import { newResult, opsPoint, withheldPoint, wcoOperations } from './operationsFixtures';

const ALL_ROWS = wcoOperations().series.filter((p) => p.region === 'ALL');

describe('commodity breakdown', () => {
  it('adds each commodity within its unit over the whole period, never across units', () => {
    // kg: cocaine 120.5 (2024) + 10.25 (2025) = 130.75 in 4 + 1 cases; wildlife 35 in 3. pieces: tobacco 40000.
    expect(commodityBreakdown(ALL_ROWS)).toEqual([
      {
        unit: 'kg',
        totals: [
          { commodity: 'cocaine', quantity: 130.75, cases: 5 },
          { commodity: 'wildlife', quantity: 35, cases: 3 },
        ],
      },
      { unit: 'pieces', totals: [{ commodity: 'tobacco', quantity: 40000, cases: 5 }] },
    ]);
  });

  it('keeps sums to three decimals and orders ties by the commodity list', () => {
    const points = [
      opsPoint({
        region: 'ALL',
        year: 2025,
        quantities: [
          { commodity: 'heroin', unit: 'l', quantity: 0.1, cases: 1 },
          { commodity: 'cannabis', unit: 'l', quantity: 0.3, cases: 1 },
        ],
      }),
      opsPoint({
        region: 'ALL',
        year: 2024,
        quantities: [{ commodity: 'heroin', unit: 'l', quantity: 0.2, cases: 2 }],
      }),
    ];
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: stored to three decimals, it is 0.3, tying cannabis.
    expect(commodityBreakdown(points)).toEqual([
      {
        unit: 'l',
        totals: [
          { commodity: 'cannabis', quantity: 0.3, cases: 1 },
          { commodity: 'heroin', quantity: 0.3, cases: 3 },
        ],
      },
    ]);
  });

  it('is empty for withheld rows, whose quantities are null', () => {
    expect(commodityBreakdown([withheldPoint('ALL', 2025, 2)])).toEqual([]);
  });
});

describe('database hit rates', () => {
  it('divides the summed hits by the summed queries, leaving out databases never queried', () => {
    // SLTD: (20 + 25) / (1000 + 500) = 0.03 — not the mean of 2% and 5%. Notices: 0 queries, left out.
    expect(databaseHitRates(ALL_ROWS)).toEqual([{ database: 'sltd', queries: 1500, hits: 45, hitRate: 0.03 }]);
  });
});

describe('points of a period', () => {
  it('takes one year or all of them, and names the withheld years apart', () => {
    const series = wcoOperations().series;
    expect(pointsOfPeriod(series, 'WCA', null)).toEqual({
      points: [opsPoint({ region: 'WCA', year: 2024 })],
      withheldYears: [2025],
    });
    expect(pointsOfPeriod(series, 'EUR', 2024).points.map((p) => p.arrests)).toEqual([12]);
  });
});

describe('operations series', () => {
  const regions = [
    { code: 'EUR', name: { en: 'Europe', fr: 'Europe' } },
    { code: 'WCA', name: { en: 'West Africa', fr: 'Afrique de l’Ouest' } },
  ];

  it('reads a figure, a zero where nothing was reported, withheld as such, and no hit rate without queries', () => {
    const series = regionSeries(wcoOperations().series, regions, (p) => operationsCell(p, 'arrests'), 2024, 2025);
    expect(series.map((s) => s.points.map((p) => p.cell))).toEqual([
      [
        { state: 'value', value: 12 },
        { state: 'value', value: 7 },
      ],
      [{ state: 'value', value: 0 }, { state: 'withheld' }],
    ]);
    expect(operationsCell(opsPoint({ region: 'ESA', year: 2025 }), 'hitRate')).toEqual({ state: 'notAssessed' });
  });

  it('turns region series into one chart row per year, a withheld figure being a gap', () => {
    const series = regionSeries(wcoOperations().series, regions, (p) => operationsCell(p, 'arrests'), 2024, 2025);
    expect(trendRows(series)).toEqual([
      { year: 2024, values: { EUR: 12, WCA: 0 } },
      { year: 2025, values: { EUR: 7, WCA: null } },
    ]);
  });

  it('knows whether anything was reported from the whole grouping’s rows', () => {
    expect(hasReports(wcoOperations().series)).toBe(true);
    expect(hasReports([opsPoint({ region: 'ALL', year: 2025 })])).toBe(false);
  });
});

describe('participation on the map', () => {
  const items = [
    { country: 'FRA', region: 'EUR', operations: 7, reported: 5 },
    { country: 'KEN', region: 'ESA', operations: 2, reported: 2 },
  ];

  it('gives analysts every member, one without operations shown as none', () => {
    const entries = participationEntries(items, groupings.groupings[0]!, false);
    expect(entries.get('FRA')?.cell).toEqual({ state: 'value', value: 7 });
    expect(entries.get('DEU')?.cell).toEqual({ state: 'notAssessed' });
    expect(entries.size).toBe(26);
    // 7 rounded up on a scale of at most four steps: steps of 2.
    expect(participationTicks(entries)).toEqual([0, 2, 4, 6, 8]);
  });

  it('gives a national reader their own country only', () => {
    const entries = participationEntries([items[0]!], groupings.groupings[0]!, true);
    expect([...entries.keys()]).toEqual(['FRA']);
  });
});

describe('scatter groups', () => {
  it('groups the points with a value by region, in the grouping’s order', () => {
    const groups = scatterGroups(
      [
        { country: 'KEN', region: 'ESA', overall: 48, value: 3 },
        { country: 'FRA', region: 'EUR', overall: 72, value: null },
        { country: 'XKX', region: 'NEW', overall: 50, value: 1 },
      ],
      [
        { code: 'EUR', name: { en: 'Europe', fr: 'Europe' } },
        { code: 'ESA', name: { en: 'ESA', fr: 'ESA' } },
      ],
    );
    expect(groups.map((g) => [g.code, g.points.map((p) => p.country)])).toEqual([
      ['EUR', []],
      ['ESA', ['KEN']],
      ['NEW', ['XKX']],
    ]);
  });
});

describe('list filters', () => {
  it('reads valid filters, ignores invalid ones, and pages by 25 from the start by default', () => {
    expect(
      parseOperationFilters('?q=%20AIR%20&programme=aircop&lead=nobody&activity=interception&country=fra&year=2025'),
    ).toEqual({ q: 'AIR', programme: 'aircop', activity: 'interception', year: 2025, limit: 25, offset: 0 });
    expect(parseOperationFilters('?limit=900&offset=-5')).toEqual({ limit: 25, offset: 0 });
    expect(parseOperationFilters('?limit=50&offset=100')).toEqual({ limit: 50, offset: 100 });
  });

  it('leaves the default page out of the address', () => {
    expect(operationFiltersQuery({ country: 'KEN', limit: 25, offset: 0 })).toMatchObject({
      country: 'KEN',
      limit: undefined,
      offset: undefined,
    });
    expect(operationFiltersQuery({ limit: 10, offset: 20 })).toMatchObject({ limit: 10, offset: 20 });
  });
});

describe('form errors', () => {
  const errors = new Map([
    ['activities.1', 'activities.1: activity must be one of …'],
    ['name', 'name: name is required'],
    ['(body)', 'The request body is not valid'],
  ]);

  it('shows a field’s own messages and those inside it', () => {
    expect(errorAt(errors, 'activities')).toBe('activities.1: activity must be one of …');
    expect(errorAt(errors, 'code')).toBeUndefined();
  });

  it('lists what no field shows', () => {
    expect(unplacedErrors(errors, ['name', 'activities'])).toEqual(['The request body is not valid']);
  });

  it('puts the form’s own problems, translated, beside the API’s', () => {
    const { errorOf, unplaced } = formErrors(
      new Map([['programme', 'opsChooseProgramme']]),
      errors,
      ['name', 'programme', 'activities'],
      (key) => `«${key}»`,
    );
    expect(errorOf('programme')).toBe('«opsChooseProgramme»');
    expect(errorOf('name')).toBe('name: name is required');
    expect(unplaced).toEqual(['The request body is not valid']);
  });

  it('reads numbers as typed, with a decimal comma', () => {
    expect([parseNumber('12,5'), parseNumber(' 3 '), parseNumber(''), parseNumber('abc')]).toEqual([
      12.5,
      3,
      null,
      null,
    ]);
  });
});

describe('operation draft', () => {
  it('asks for the two choices the form cannot send blank, and leaves the rest to the API', () => {
    const checked = checkOperationDraft(emptyOperationDraft());
    expect(checked).toEqual({
      ok: false,
      problems: new Map([
        ['programme', 'opsChooseProgramme'],
        ['lead', 'opsChooseLead'],
      ]),
    });
    expect(checkOperationDraft({ ...emptyOperationDraft(), programme: 'ccp', lead: 'unodc', code: ' X1 ' })).toEqual({
      ok: true,
      value: {
        code: 'X1',
        name: '',
        programme: 'ccp',
        lead: 'unodc',
        activities: [],
        startDate: '',
        endDate: '',
        countries: [],
      },
    });
  });
});

describe('result draft', () => {
  it('sends the databases filled in, in their order, and every seizure row', () => {
    const draft = {
      ...emptyResultDraft(),
      unitType: 'customs' as const,
      counts: { arrests: '3', investigationsOpened: '1', controlledDeliveries: '0', personsChecked: '250' },
      checks: {
        ...emptyResultDraft().checks,
        notices: { queries: '10', hits: '1' },
        smv: { queries: '40', hits: '2' },
      },
      seizures: [
        { ...emptySeizure(), commodity: 'cocaine' as const, cases: '2', quantity: '1,5', unit: 'kg' as const },
      ],
    };
    expect(checkResultDraft(draft)).toEqual({
      ok: true,
      value: {
        unitType: 'customs',
        arrests: 3,
        investigationsOpened: 1,
        controlledDeliveries: 0,
        personsChecked: 250,
        databaseChecks: [
          { database: 'smv', queries: 40, hits: 2 },
          { database: 'notices', queries: 10, hits: 1 },
        ],
        seizures: [{ commodity: 'cocaine', cases: 2, quantity: 1.5, unit: 'kg' }],
      },
    });
  });

  it('names what is blank by the form’s paths', () => {
    const draft = { ...emptyResultDraft(), seizures: [emptySeizure()] };
    draft.checks.sltd = { queries: '5', hits: '' };
    const checked = checkResultDraft(draft);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : [...checked.problems.keys()]).toEqual([
      'unitType',
      'arrests',
      'investigationsOpened',
      'controlledDeliveries',
      'personsChecked',
      'checks.sltd.hits',
      'seizures.0.commodity',
      'seizures.0.cases',
      'seizures.0.quantity',
      'seizures.0.unit',
    ]);
  });

  it('places the API’s database errors at the database sent in that place', () => {
    const sent = [
      { database: 'smv' as const, queries: 4, hits: 9 },
      { database: 'notices' as const, queries: 1, hits: 0 },
    ];
    const placed = placeResultErrors(
      new Map([
        ['databaseChecks.0.hits', 'databaseChecks.0.hits: hits must not exceed queries'],
        ['seizures.0.quantity', 'seizures.0.quantity: quantity must not be negative'],
      ]),
      sent,
    );
    expect([...placed.keys()]).toEqual(['checks.smv.hits', 'seizures.0.quantity']);
  });

  it('fills the form from a reported result', () => {
    const draft = resultDraftOf(
      newResult({ arrests: 4, databaseChecks: [{ database: 'nominal', queries: 8, hits: 1 }], unitName: 'CAAT Dakar' }),
    );
    expect(draft.counts.arrests).toBe('4');
    expect(draft.unitName).toBe('CAAT Dakar');
    expect(draft.checks.nominal).toEqual({ queries: '8', hits: '1' });
    expect(draft.checks.sltd).toEqual({ queries: '', hits: '' });
  });
});
