import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ActionPlanResponse, PlanAction } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const action: PlanAction = {
  id: 'act-1',
  version: 4,
  country: 'FRA',
  text: 'Sign an MoU',
  items: ['A.1'],
  lead: 'joint',
  owner: 'DG',
  start: '2025-01-01',
  target: '2025-06-30',
  status: 'in_progress',
  statusHistory: [{ status: 'in_progress', date: '2025-02-01' }],
  notes: 'Drafted.',
  instrumentId: null,
  analystComment: null,
  overdue: true,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-02-01T00:00:00Z',
  closure: null,
};

const plan: ActionPlanResponse = {
  country: 'FRA',
  methodologyVersion: 'v1',
  assessment: { id: 'as-1', year: 2025 },
  actions: [action],
  candidates: [
    {
      code: 'A.6',
      points: 0,
      gap: { en: 'No communication.', fr: 'Aucune communication.' },
      solutions: { en: 'Joint investigations.', fr: 'Enquêtes conjointes.' },
      freeText: false,
      addressedBy: [],
    },
  ],
};

function servePlan(routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({ 'GET /api/countries/FRA/actions': () => ({ body: plan }), ...routes });
}

describe('the Plan page', () => {
  it('lets the coordinator adopt a gap’s handbook solution into the plan', async () => {
    signInAs('coordinator');
    const api = servePlan({ 'POST /api/countries/FRA/actions': () => ({ status: 201, body: action }) });
    renderApp('/countries/FRA/plan?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'Adopt an action for A.6' }));
    const form = screen.getByTestId('plan-form');
    expect(within(form).getByLabelText('Action')).toHaveProperty('value', 'Joint investigations.');
    fireEvent.change(within(form).getByLabelText('Owner (a unit or a person)'), { target: { value: 'DNRED' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the action' }));
    await waitFor(() => {
      expect(api.sent('POST', '/api/countries/FRA/actions')).toHaveLength(1);
    });
    expect(api.sent('POST', '/api/countries/FRA/actions')[0]?.body).toMatchObject({
      text: 'Joint investigations.',
      items: ['A.6'],
      owner: 'DNRED',
      lead: 'joint',
      status: 'planned',
    });
    expect(await screen.findByText('The plan is saved.')).toBeTruthy();
  });

  it('says a status change was refused as stale and reloads the plan', async () => {
    signInAs('coordinator');
    const api = servePlan({
      'PATCH /api/countries/FRA/actions/act-1': () => ({
        status: 409,
        body: { statusCode: 409, message: 'stale', code: 'version_conflict', currentVersion: 5 },
      }),
    });
    renderApp('/countries/FRA/plan?lang=en');
    const select = await screen.findByLabelText('Status: Sign an MoU');
    const reads = api.sent('GET', '/api/countries/FRA/actions').length;
    fireEvent.change(select, { target: { value: 'done' } });
    expect((await screen.findByRole('alert')).textContent).toContain('it is now at version 5');
    expect(api.sent('PATCH', '/api/countries/FRA/actions/act-1')[0]?.body).toEqual({ status: 'done', version: 4 });
    await waitFor(() => {
      expect(api.sent('GET', '/api/countries/FRA/actions').length).toBeGreaterThan(reads);
    });
  });

  it('shows a viewer the plan read-only, overdue marked', async () => {
    signInAs('viewer');
    servePlan();
    renderApp('/countries/FRA/plan?lang=en');
    expect((await screen.findByTestId('plan-rights-note')).textContent).toContain('You can read this plan');
    const row = (await screen.findByTestId('plan-actions')).querySelector('tr[data-action="act-1"]');
    expect(screen.queryByRole('button', { name: /Adopt/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add an action' })).toBeNull();
    expect(row?.querySelector('select')).toBeNull();
    expect(row?.textContent).toContain('Overdue');
  });
});
