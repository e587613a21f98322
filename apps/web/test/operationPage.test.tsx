import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OperationResult } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { newOperation, newResult } from './operationsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

function fill(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
}

/** The text of the error tied to a field by aria-describedby. */
function errorOf(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const operation = newOperation({
  id: 'op-7',
  code: 'AIRCOP-7',
  name: 'Night flights',
  countries: ['FRA', 'KEN'],
  reportedCountries: ['KEN'],
});
const kenya = newResult({
  operationId: 'op-7',
  country: 'KEN',
  arrests: 5,
  databaseChecks: [{ database: 'sltd', queries: 200, hits: 5 }],
  seizures: [{ commodity: 'cocaine', cases: 2, quantity: 12.5, unit: 'kg' }],
});

function serveOperation(results: () => OperationResult[], routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/operations/op-7': () => ({ body: operation }),
    'GET /api/operations/op-7/results': () => ({ body: { operationId: 'op-7', results: results() } }),
    ...routes,
  });
}

describe('one operation, for analysts', () => {
  it('lists each country’s results, with hit rates and seizures, and lets analysts edit or delete it', async () => {
    signInAs('analyst');
    serveOperation(() => [kenya]);
    renderApp('/operations/op-7?lang=en');

    expect(await screen.findByRole('heading', { level: 1, name: 'AIRCOP-7: Night flights' })).toBeTruthy();
    const participants = screen.getByTestId('participants');
    expect(participants.querySelector('li[data-country="KEN"]')?.textContent).toContain('Reported');
    expect(participants.querySelector('li[data-country="FRA"]')?.textContent).toContain('Not reported yet');
    const row = (await screen.findByTestId('results-table')).querySelector('tr[data-country="KEN"]');
    expect(row?.textContent).toContain('Stolen and Lost Travel Documents (SLTD): 200 queries, 5 hits (2.5%)');
    expect(row?.textContent).toContain('Cocaine: 2 cases, 12.5 kg');
    expect(screen.getByRole('button', { name: 'Edit the operation' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete the operation' })).toBeTruthy();
    // Analysts do not report for a country here: that is the coordinator's form.
    expect(screen.queryByTestId('own-result')).toBeNull();
  });
});

describe('one operation, for the coordinator of a participating country', () => {
  it('lets a participating coordinator report, posting the form’s figures and showing a 400 at its field', async () => {
    signInAs('coordinator');
    const api = serveOperation(() => [], {
      'POST /api/operations/op-7/results': () => ({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message:
            'databaseChecks.0.hits: hits must not exceed queries; seizures.0.quantity: quantity must not be negative',
          errors: [
            { field: 'databaseChecks.0.hits', message: 'databaseChecks.0.hits: hits must not exceed queries' },
            { field: 'seizures.0.quantity', message: 'seizures.0.quantity: quantity must not be negative' },
          ],
        },
      }),
    });
    renderApp('/operations/op-7?lang=en');

    const section = await screen.findByTestId('own-result');
    const form = within(section);
    expect(form.getByRole('heading', { name: 'Report the results of France' })).toBeTruthy();
    fireEvent.change(form.getByLabelText('Type of unit'), { target: { value: 'joint_team' } });
    fill(form.getByLabelText('Arrests'), '3');
    fill(form.getByLabelText('Investigations opened'), '1');
    fill(form.getByLabelText('Controlled deliveries'), '0');
    fill(form.getByLabelText('Persons checked'), '250');
    const smv = section.querySelector<HTMLElement>('fieldset[data-database="smv"]')!;
    fill(within(smv).getByLabelText('Queries'), '40');
    fill(within(smv).getByLabelText('Hits'), '41');
    fireEvent.click(form.getByRole('button', { name: 'Add a seizure' }));
    const seizure = within(section.querySelector<HTMLElement>('fieldset[data-seizure="0"]')!);
    fireEvent.change(seizure.getByLabelText('Commodity'), { target: { value: 'cannabis' } });
    fill(seizure.getByLabelText('Cases'), '2');
    fill(seizure.getByLabelText('Quantity'), '-5');
    fireEvent.change(seizure.getByLabelText('Unit'), { target: { value: 'kg' } });
    fireEvent.click(form.getByRole('button', { name: 'Report the results' }));

    await waitFor(() => {
      expect(errorOf(seizure.getByLabelText('Quantity'))).toBe('seizures.0.quantity: quantity must not be negative');
    });
    expect(seizure.getByLabelText('Quantity').getAttribute('aria-invalid')).toBe('true');
    // The API names the first database sent; the form shows it at SMV, the one in that place.
    expect(errorOf(within(smv).getByLabelText('Hits'))).toBe('databaseChecks.0.hits: hits must not exceed queries');
    expect(api.sent('POST', '/api/operations/op-7/results')[0]?.body).toEqual({
      country: 'FRA',
      unitType: 'joint_team',
      arrests: 3,
      investigationsOpened: 1,
      controlledDeliveries: 0,
      personsChecked: 250,
      databaseChecks: [{ database: 'smv', queries: 40, hits: 41 }],
      seizures: [{ commodity: 'cannabis', cases: 2, quantity: -5, unit: 'kg' }],
    });
  });

  it('says plainly when the country has already reported (409)', async () => {
    signInAs('coordinator');
    serveOperation(() => [], {
      'POST /api/operations/op-7/results': () => ({
        status: 409,
        body: { statusCode: 409, message: 'FRA has already reported a result for AIRCOP-7' },
      }),
    });
    renderApp('/operations/op-7?lang=en');
    const form = within(await screen.findByTestId('own-result'));
    fireEvent.change(form.getByLabelText('Type of unit'), { target: { value: 'customs' } });
    for (const label of ['Arrests', 'Investigations opened', 'Controlled deliveries', 'Persons checked'])
      fill(form.getByLabelText(label), '0');
    fireEvent.click(form.getByRole('button', { name: 'Report the results' }));
    expect((await screen.findByTestId('result-conflict')).textContent).toContain(
      'France has already reported its results for this operation',
    );
  });
});

describe('one operation, for the coordinator of a country that has reported', () => {
  it('lets the coordinator correct and delete the country’s own result', async () => {
    signInAs('coordinator');
    const france = newResult({ id: 'r-fra', operationId: 'op-7', country: 'FRA', unitType: 'customs', arrests: 1 });
    let reported = true;
    const api = serveOperation(() => (reported ? [france] : []), {
      'PATCH /api/operations/op-7/results/r-fra': (request) => ({
        body: { ...france, ...(request.body as object) },
      }),
      'DELETE /api/operations/op-7/results/r-fra': () => {
        reported = false;
        return { status: 204 };
      },
    });
    renderApp('/operations/op-7?lang=en');
    const section = within(await screen.findByTestId('own-result'));
    fireEvent.click(section.getByRole('button', { name: 'Correct the results' }));
    fill(section.getByLabelText('Arrests'), '4');
    fireEvent.click(section.getByRole('button', { name: 'Save the changes' }));
    expect((await screen.findByTestId('result-notice')).textContent).toBe('The results of France are corrected.');
    expect(api.sent('PATCH', '/api/operations/op-7/results/r-fra')[0]?.body).toMatchObject({
      unitType: 'customs',
      unitName: null,
      arrests: 4,
      databaseChecks: [],
      seizures: [],
    });

    fireEvent.click(section.getByRole('button', { name: 'Delete the results' }));
    fireEvent.click(section.getByRole('button', { name: 'Yes, delete them' }));
    expect(await section.findByRole('heading', { name: 'Report the results of France' })).toBeTruthy();
    expect(api.sent('DELETE', '/api/operations/op-7/results/r-fra')).toHaveLength(1);
  });
});

describe('importing operations', () => {
  it('checks the file first, lists its problems by row and column, and imports a clean one', async () => {
    signInAs('analyst');
    let valid = false;
    const api = fakeApi({
      'POST /api/operations/import': (request) => {
        if (!valid) {
          return {
            status: 422,
            body: {
              statusCode: 422,
              message: 'The file has 1 problem',
              errors: [{ row: 3, column: 'quantity', message: 'quantity must not be negative' }],
            },
          };
        }
        return {
          body: {
            dryRun: request.url.searchParams.get('dryRun') === 'true',
            rows: 4,
            operations: { created: 1, updated: 0, unchanged: 0 },
            results: { created: 2, updated: 0, unchanged: 0 },
            seizures: 3,
          },
        };
      },
    });
    renderApp('/operations/import?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Import operations' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'CSV template' }).getAttribute('href')).toBe(
      '/api/operations/import/template?format=csv',
    );
    const file = new File(['operation_code\n'], 'operations.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('File to import'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    const errors = await screen.findByTestId('import-errors');
    expect(within(errors).getAllByRole('row')[1]?.textContent).toBe('3quantityquantity must not be negative');

    valid = true;
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect((await screen.findByTestId('import-checked')).textContent).toContain(
      'Operations to create: 1, to update: 0, unchanged: 0. Results to create: 2',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import the file' }));
    expect((await screen.findByTestId('import-done')).textContent).toContain('Rows imported: 4; seizure rows: 3.');
    expect(api.sent('POST', '/api/operations/import').map((r) => r.url.search)).toEqual([
      '?dryRun=true',
      '?dryRun=true',
      '',
    ]);
  });
});
