import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { ImportRowError } from '../src/api/errorBodies';
import { I18nProvider } from '../src/i18n/I18nProvider';
import type { Lang } from '../src/i18n/languages';
import { ImportErrorsTable } from '../src/import/ImportErrorsTable';

/** A 422 of an import as the API sends it: the English message, and the code and params to translate it. */
const ERRORS: ImportRowError[] = [
  {
    row: 3,
    column: 'end_date',
    message: 'end_date: 2024-03-01 is before start_date 2024-03-15',
    code: 'end_before_start',
    params: { start: '2024-03-15', end: '2024-03-01', startField: 'start_date', endField: 'end_date' },
  },
  {
    row: 4,
    column: 'programme',
    message: 'programme: "nato" is not one of aircop, ccp',
    code: 'invalid_value',
    params: { values: ['aircop', 'ccp'], value: 'nato' },
  },
  {
    row: 5,
    column: 'country',
    message: 'FRA 2022 is already on row 2',
    code: 'duplicate_row',
    params: { row: 2, fields: ['country', 'year'] },
  },
  {
    row: 6,
    column: 'A.18',
    message: 'A.18: expected an integer level from 1 to 5',
    code: 'expected_level',
    params: { minimum: 1, maximum: 5 },
  },
  // A code from a newer API that this app does not know: its English message is shown.
  { row: 7, column: 'notes', message: 'notes: something new', code: 'something_new' },
];

/** Each row of the table: [row, column, problem]. */
function rowsIn(lang: Lang): string[][] {
  render(
    <I18nProvider lang={lang}>
      <ImportErrorsTable errors={ERRORS} />
    </I18nProvider>,
  );
  const body = screen.getByTestId('import-errors').querySelector('tbody');
  if (!body) throw new Error('no table body');
  return within(body)
    .getAllByRole('row')
    .map((tr) =>
      within(tr)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    );
}

describe('the import errors table says each problem in the page’s language', () => {
  it('in French, from the code and params', () => {
    expect(rowsIn('fr')).toEqual([
      ['3', 'end_date', 'la fin (2024-03-01) précède le début (2024-03-15)'],
      ['4', 'programme', 'doit être l’une des valeurs suivantes : aircop, ccp'],
      ['5', 'country', 'mêmes country, year que la ligne 2'],
      ['6', 'A.18', 'un niveau de 1 à 5 est attendu'],
      ['7', 'notes', 'notes: something new'],
    ]);
  });

  it('in Arabic, lists joined with the Arabic comma', () => {
    expect(rowsIn('ar')).toEqual([
      ['3', 'end_date', 'تاريخ الانتهاء (2024-03-01) يسبق تاريخ البدء (2024-03-15)'],
      ['4', 'programme', 'يجب أن تكون إحدى القيم التالية: aircop، ccp'],
      ['5', 'country', 'نفس country، year كما في الصف 2'],
      ['6', 'A.18', 'يُتوقع مستوى من 1 إلى 5'],
      ['7', 'notes', 'notes: something new'],
    ]);
  });
});
