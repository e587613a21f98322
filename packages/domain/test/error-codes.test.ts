/**
 * Every cross-field rule of the request schemas, and every problem of an import row, names its own code and
 * the params of its text, so that a client says it in its reader's language (issue #14).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  codedIssue,
  CreateActionRequestSchema,
  CreateGroupingRequestSchema,
  CreateInstrumentRequestSchema,
  CreateOperationRequestSchema,
  CreateResultRequestSchema,
  MaturityQuerySchema,
  parseInstrumentsImportTable,
} from '../src/index.js';
import { cocaine, DAKAR, HARMATTAN, NO_CHECKS, parse, table } from './operations-import.fixture.js';

/** Each issue as a client reads it: the field path, the code and the params. */
function codesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), ...codedIssue(issue) }));
}

const TRAINING = {
  country: 'SEN',
  kind: 'training',
  title: 'Cours conjoint',
  from: '2023-05-15',
  to: null,
  topic: 'Profiling',
  agencies: ['customs', 'police'],
  participants: { customs: 12, police: 9, other: 0 },
  supportedBy: [],
};

describe('the cross-field rules of the request schemas', () => {
  it('an analytics span: from after to is end_before_start, on from', () => {
    expect(codesOf(MaturityQuerySchema, { from: '2024', to: '2020' })).toEqual([
      {
        path: 'from',
        code: 'end_before_start',
        params: { start: 2024, end: 2020, startField: 'from', endField: 'to' },
      },
    ]);
  });

  it('a register record ending before it starts, and an INTERPOL access outside its year', () => {
    expect(codesOf(CreateInstrumentRequestSchema, { ...TRAINING, to: '2023-01-31' })).toEqual([
      {
        path: 'to',
        code: 'end_before_start',
        params: { start: '2023-05-15', end: '2023-01-31', startField: 'from', endField: 'to' },
      },
    ]);
    const access = {
      country: 'SEN',
      kind: 'interpol_access',
      title: 'I-24/7',
      from: '2023-01-01',
      to: '2024-12-31',
      year: 2023,
      i247AtHq: true,
      borderPointsConnected: 2,
      databases: [],
    };
    expect(codesOf(CreateInstrumentRequestSchema, access)).toEqual([
      { path: 'from', code: 'outside_year', params: { year: 2023 } },
    ]);
  });

  it('a grouping: a dated membership ending before it starts, a country in two regions at once, ALL', () => {
    const grouping = {
      name: 'Sahel',
      regions: [
        { code: 'W', name: 'West', memberships: [{ iso3: 'SEN', from: '2020-06-01', to: '2020-01-01' }] },
        { code: 'E', name: 'East', members: ['MLI'] },
        { code: 'all', name: 'All', members: ['NER'] },
      ],
    };
    expect(codesOf(CreateGroupingRequestSchema, grouping)).toEqual([
      {
        path: 'regions.0.memberships.0.to',
        code: 'end_before_start',
        params: { start: '2020-06-01', end: '2020-01-01', startField: 'from', endField: 'to' },
      },
      { path: 'regions.2.code', code: 'reserved_code', params: { value: 'ALL' } },
    ]);
    const north = { code: 'N', name: 'North', members: ['MLI'] };
    const clash = { ...grouping, regions: [grouping.regions[1], north] };
    expect(codesOf(CreateGroupingRequestSchema, clash)).toEqual([
      { path: 'regions.1.members', code: 'membership_overlap', params: { country: 'MLI', region: 'N', other: 'E' } },
    ]);
  });

  it('an action whose target is before its start, and an item listed twice', () => {
    const action = {
      text: 'Sign an MoU',
      items: ['A.1', 'A.1'],
      lead: 'customs',
      owner: 'DG',
      start: '2025-03-01',
      target: '2025-02-01',
    };
    expect(codesOf(CreateActionRequestSchema, action)).toEqual([
      { path: 'items', code: 'listed_twice', params: { value: 'A.1' } },
      {
        path: 'target',
        code: 'end_before_start',
        params: { start: '2025-03-01', end: '2025-02-01', startField: 'start', endField: 'target' },
      },
    ]);
  });
});

describe('the cross-field rules of operations and results', () => {
  it('an operation ending before it starts; a result whose hits exceed its queries or with a seizure twice', () => {
    const operation = {
      code: 'OP-1',
      name: 'Harmattan',
      programme: 'aircop',
      lead: 'wco',
      activities: ['interception'],
      startDate: '2024-03-15',
      endDate: '2024-03-01',
      countries: ['SEN'],
    };
    expect(codesOf(CreateOperationRequestSchema, operation)).toEqual([
      {
        path: 'endDate',
        code: 'end_before_start',
        params: { start: '2024-03-15', end: '2024-03-01', startField: 'startDate', endField: 'endDate' },
      },
    ]);
    const seizure = { commodity: 'cocaine', cases: 1, quantity: 2, unit: 'kg' };
    const result = {
      country: 'SEN',
      unitType: 'airport_task_force',
      arrests: 0,
      investigationsOpened: 0,
      controlledDeliveries: 0,
      personsChecked: 0,
      databaseChecks: [{ database: 'sltd', queries: 3, hits: 5 }],
      seizures: [seizure, seizure],
    };
    expect(codesOf(CreateResultRequestSchema, result)).toEqual([
      { path: 'databaseChecks.0.hits', code: 'hits_exceed_queries', params: { hits: 5, queries: 3 } },
      { path: 'seizures.1.unit', code: 'duplicate_seizure', params: { commodity: 'cocaine', unit: 'kg' } },
    ]);
  });
});

describe('the problems of an import row', () => {
  it('an operations row: each cell problem with its code and params', () => {
    const bad = {
      ...HARMATTAN,
      start_date: '2024-03-15',
      end_date: '2024-03-01',
      ...DAKAR,
      sltd_queries: '3',
      sltd_hits: '5',
      nominal_queries: '',
      nominal_hits: '2',
      arrests: 'five',
      ...cocaine('1', '2'),
    };
    const codes = parse(table(bad)).errors.map(({ row, column, code, params }) => ({ row, column, code, params }));
    expect(codes).toEqual([
      {
        row: 2,
        column: 'end_date',
        code: 'end_before_start',
        params: { start: '2024-03-15', end: '2024-03-01', startField: 'start_date', endField: 'end_date' },
      },
      { row: 2, column: 'arrests', code: 'not_integer', params: { value: 'five' } },
      { row: 2, column: 'sltd_hits', code: 'hits_exceed_queries', params: { hits: 5, queries: 3 } },
      { row: 2, column: 'nominal_queries', code: 'required_with', params: { other: 'nominal_hits' } },
    ]);
  });

  it('operations rows that disagree, or repeat a seizure', () => {
    const first = { ...HARMATTAN, ...DAKAR, ...cocaine('1', '2') };
    const renamed = { ...first, operation_name: 'Harmattan II', commodity: 'heroin' };
    const twice = { ...HARMATTAN, ...DAKAR, ...cocaine('3', '4') };
    const noSeizure = { ...HARMATTAN, ...DAKAR };
    const codes = parse(table(first, renamed, twice, noSeizure)).errors.map(({ row, code, params }) => ({
      row,
      code,
      params,
    }));
    expect(codes).toEqual([
      { row: 3, code: 'differs_from_row', params: { row: 2, value: 'Operation Harmattan' } },
      { row: 4, code: 'duplicate_seizure', params: { commodity: 'cocaine', unit: 'kg' } },
      { row: 5, code: 'seizures_conflict', params: { row: 2 } },
    ]);
    expect(parse(table({ ...HARMATTAN, ...NO_CHECKS, country: 'XXX', unit_type: 'customs' })).errors[0]).toEqual({
      row: 2,
      column: 'country',
      message: 'country: unknown country "XXX" (ISO 3166-1 alpha-3 expected)',
      code: 'unknown_country',
      params: { value: 'XXX' },
    });
  });

  it('a register row naming the same record as an earlier one', () => {
    const header = ['country', 'title', 'from', 'topic', 'agencies', 'participants_customs'];
    const header2 = [...header, 'participants_police', 'participants_other'];
    const row = ['SEN', 'Cours', '2023-05-15', 'Profiling', 'customs', '1', '0', '0'];
    const t = { header: { row: 1, cells: header2 }, rows: [2, 3].map((r) => ({ row: r, cells: row })) };
    expect(parseInstrumentsImportTable('training', t, { knownCountries: new Set(['SEN']) }).errors).toEqual([
      {
        row: 3,
        column: 'topic',
        message: 'topic: the same training as row 2 (country, topic, from)',
        code: 'duplicate_row',
        params: { row: 2, fields: ['country', 'topic', 'from'] },
      },
    ]);
  });
});
