import { describe, expect, it } from 'vitest';
import {
  formatMeetings,
  instrumentCells,
  instrumentImportHeader,
  instrumentNaturalKey,
  parseInstrumentsImportTable,
  parseMeetings,
  type CreateInstrumentRequest,
} from '../src/index.js';

const TRAINING: CreateInstrumentRequest = {
  country: 'SEN',
  kind: 'training',
  title: 'Cours conjoint',
  from: '2023-05-15',
  to: null,
  topic: 'Passenger  Profiling ',
  agencies: ['customs', 'police'],
  participants: { customs: 12, police: 9, other: 0 },
  supportedBy: [],
};

const table = (header: string[], ...rows: string[][]) => ({
  header: { row: 1, cells: header },
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});
const KNOWN = { knownCountries: new Set(['SEN', 'FRA']) };

describe('committee meetings in one cell', () => {
  it('writes date: notes entries separated by ; and escapes ; and \\ inside notes', () => {
    const meetings = [{ date: '2024-03-01', notes: 'plan; budget \\ 2' }, { date: '2024-09-12' }];
    expect(formatMeetings(meetings)).toBe('2024-03-01: plan\\; budget \\\\ 2; 2024-09-12');
    expect(parseMeetings('2024-03-01: plan\\; budget \\\\ 2; 2024-09-12')).toEqual(meetings);
    expect(parseMeetings(' 2024-01-05 ;; 2024-02-06:  ')).toEqual([{ date: '2024-01-05' }, { date: '2024-02-06' }]);
  });
});

describe('the natural key', () => {
  it('is the kind, then its key fields trimmed, spaces collapsed and lower-cased', () => {
    expect(instrumentNaturalKey(TRAINING)).toBe('training|sen|passenger profiling|2023-05-15');
  });
});

describe('a training row', () => {
  const header = instrumentImportHeader('training');

  it('round-trips through instrumentCells and the parser', () => {
    const cells = instrumentCells(TRAINING).map((c) => (c === null ? '' : String(c)));
    expect(cells).toEqual([
      'SEN',
      'Cours conjoint',
      '2023-05-15',
      '',
      '',
      'Passenger  Profiling ',
      'customs;police',
      '12',
      '9',
      '0',
      '',
      '',
    ]);
    const { rows, errors } = parseInstrumentsImportTable('training', table(header, cells), KNOWN);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        request: { ...TRAINING, topic: 'Passenger  Profiling' },
        naturalKey: 'training|sen|passenger profiling|2023-05-15',
      },
    ]);
  });

  it('names every bad cell by row and column', () => {
    const bad = ['sen', "'=1", '2023-13-01', '', '', 'x', 'customs;navy', 'many', '1', '1', '', ''];
    const { errors } = parseInstrumentsImportTable('training', table(header, bad), KNOWN);
    expect(errors).toEqual([
      {
        row: 2,
        column: 'participants_customs',
        message: 'participants_customs: "many" is not a non-negative whole number',
        code: 'not_integer',
        params: { value: 'many' },
      },
    ]);
    bad[7] = '3';
    expect(parseInstrumentsImportTable('training', table(header, bad), KNOWN).errors).toEqual([
      {
        row: 2,
        column: 'from',
        message: 'from must be a date written YYYY-MM-DD, between 1990 and 2100',
        code: 'not_a_date',
        params: { value: '2023-13-01' },
      },
      {
        row: 2,
        column: 'agencies',
        message:
          'agencies must be one of customs, police, gendarmerie, border_guard, prosecution, financial_intelligence, other (agencies.1)',
        code: 'invalid_value',
        params: {
          values: [
            'customs',
            'police',
            'gendarmerie',
            'border_guard',
            'prosecution',
            'financial_intelligence',
            'other',
          ],
        },
      },
    ]);
  });

  it('refuses a header without a required column, or with an unknown one', () => {
    const { errors } = parseInstrumentsImportTable(
      'training',
      table(['country', 'title', 'from', 'topic', 'colour']),
      KNOWN,
    );
    expect(errors.map((e) => e.column)).toEqual([
      'colour',
      'agencies',
      'participants_customs',
      'participants_police',
      'participants_other',
    ]);
  });
});
