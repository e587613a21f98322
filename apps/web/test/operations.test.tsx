import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OperationResponse } from '@cpc/domain';
import { fakeApi, type FakeRequest } from './fakeApi';
import { newOperation } from './operationsFixtures';
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

function listOf(operations: OperationResponse[], total = operations.length) {
  return (request: FakeRequest) => ({
    body: { operations, total, limit: Number(request.url.searchParams.get('limit') ?? 25), offset: 0 },
  });
}

describe('the list of operations', () => {
  it('shows one row per operation with its results, and puts each filter in the address', async () => {
    signInAs('analyst');
    const api = fakeApi({
      'GET /api/operations': listOf(
        [
          newOperation({
            code: 'AIRCOP-25',
            name: 'Skyline',
            countries: ['FRA', 'KEN', 'SEN'],
            reportedCountries: ['KEN'],
          }),
          newOperation({ code: 'CCP-7', name: 'Harbour', programme: 'ccp' }),
        ],
        30,
      ),
    });
    renderApp('/operations?lang=en');

    const table = await screen.findByTestId('operation-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-operation'))).toEqual(['AIRCOP-25', 'CCP-7']);
    expect(rows[0]?.textContent).toContain('AIRCOP (UNODC–WCO–INTERPOL)');
    expect(rows[0]?.textContent).toContain('1 of 3');
    expect(within(rows[0]!).getByRole('link', { name: 'Skyline' }).getAttribute('href')).toMatch(
      /^\/operations\/op-\d+\?lang=en$/,
    );
    expect(screen.getByText('Operations found: 30')).toBeTruthy();
    expect(screen.getByTestId('pagination-status').textContent).toBe('1–25 of 30');
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe('/operations?offset=25&lang=en');
    expect(api.sent('GET', '/api/operations')[0]?.url.search).toBe('?limit=25&offset=0');

    fireEvent.change(screen.getByLabelText('Programme'), { target: { value: 'ccp' } });
    await waitFor(() => {
      expect(window.location.search).toBe('?programme=ccp&lang=en');
    });
    fill(screen.getByLabelText('Code or name'), 'air');
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      expect(window.location.search).toBe('?q=air&programme=ccp&lang=en');
    });
    await waitFor(() => {
      expect(api.sent('GET', '/api/operations').at(-1)?.url.search).toBe('?q=air&programme=ccp&limit=25&offset=0');
    });
  });

  it('shows a national user their country’s operations, without the analysts’ tools', async () => {
    signInAs('viewer');
    fakeApi({
      'GET /api/operations': listOf([newOperation({ code: 'OP-FR', reportedCountries: ['FRA'] })]),
    });
    renderApp('/operations?lang=en');
    const table = await screen.findByTestId('operation-table');
    expect(within(table).getByRole('columnheader', { name: 'Your country’s result' })).toBeTruthy();
    expect(table.querySelector('tr[data-operation="OP-FR"]')?.textContent).toContain('Reported');
    expect(screen.queryByRole('button', { name: 'New operation' })).toBeNull();
    expect(screen.queryByLabelText('Participating country')).toBeNull();
  });
});

describe('creating an operation', () => {
  it('shows the API’s 400 at the field it names, then opens the new operation', async () => {
    signInAs('analyst');
    let attempts = 0;
    const created = newOperation({ id: 'op-new', code: 'JOINT-1', name: 'Joint one' });
    const api = fakeApi({
      'GET /api/operations': listOf([]),
      'POST /api/operations': () => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 400,
              body: {
                statusCode: 400,
                message: 'code: code must be 1–64 letters',
                errors: [{ field: 'code', message: 'code: code must be 1–64 letters' }],
              },
            }
          : { status: 201, body: created };
      },
      'GET /api/operations/op-new': () => ({ body: created }),
      'GET /api/operations/op-new/results': () => ({ body: { operationId: 'op-new', results: [] } }),
    });
    renderApp('/operations?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'New operation' }));
    const form = within(screen.getByRole('form', { name: 'New operation' }));

    // The two lists the form cannot send blank are checked before anything is sent.
    fireEvent.click(form.getByRole('button', { name: 'Create the operation' }));
    expect(errorOf(form.getByLabelText('Programme'))).toBe('Choose a programme.');
    expect(api.sent('POST', '/api/operations')).toHaveLength(0);

    fill(form.getByLabelText(/^Code/), 'JOINT 1');
    fill(form.getByLabelText('Name'), 'Joint one');
    fireEvent.change(form.getByLabelText('Programme'), { target: { value: 'wco' } });
    fireEvent.change(form.getByLabelText('Lead'), { target: { value: 'interpol' } });
    fill(form.getByLabelText('Start date'), '2025-05-01');
    fill(form.getByLabelText('End date'), '2025-05-20');
    fireEvent.click(form.getByRole('checkbox', { name: 'Investigations' }));
    fireEvent.click(await form.findByRole('checkbox', { name: /Kenya/ }));
    fireEvent.click(form.getByRole('button', { name: 'Create the operation' }));

    await waitFor(() => {
      expect(errorOf(form.getByLabelText(/^Code/))).toContain('code: code must be 1–64 letters');
    });
    expect(api.sent('POST', '/api/operations')[0]?.body).toEqual({
      code: 'JOINT 1',
      name: 'Joint one',
      programme: 'wco',
      lead: 'interpol',
      activities: ['investigation'],
      startDate: '2025-05-01',
      endDate: '2025-05-20',
      countries: ['KEN'],
    });

    fill(form.getByLabelText(/^Code/), 'JOINT-1');
    fireEvent.click(form.getByRole('button', { name: 'Create the operation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'JOINT-1: Joint one' })).toBeTruthy();
    expect(window.location.pathname).toBe('/operations/op-new');
  });
});

describe('editing an operation', () => {
  it('shows a 409 about a field at that field', async () => {
    signInAs('admin');
    const operation = newOperation({ id: 'op-9', code: 'OLD-9', name: 'Nine' });
    const api = fakeApi({
      'GET /api/operations/op-9': () => ({ body: operation }),
      'GET /api/operations/op-9/results': () => ({ body: { operationId: 'op-9', results: [] } }),
      'PATCH /api/operations/op-9': () => ({
        status: 409,
        body: { statusCode: 409, message: 'code: an operation with code TAKEN-1 already exists' },
      }),
    });
    renderApp('/operations/op-9?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the operation' }));
    const form = within(screen.getByRole('form', { name: 'Edit the operation' }));
    fill(form.getByLabelText(/^Code/), 'TAKEN-1');
    fireEvent.click(form.getByRole('button', { name: 'Save the changes' }));
    await waitFor(() => {
      expect(errorOf(form.getByLabelText(/^Code/))).toContain('an operation with code TAKEN-1 already exists');
    });
    // An edit sends every field, a blank description as null.
    expect(api.sent('PATCH', '/api/operations/op-9')[0]?.body).toMatchObject({ code: 'TAKEN-1', description: null });
  });
});
