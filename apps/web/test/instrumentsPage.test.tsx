import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Instrument } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { jaitf, mou } from './instrumentsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const fill = (field: HTMLElement, value: string) => {
  fireEvent.change(field, { target: { value } });
};

function serveRegister(list: () => Instrument[], routes: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({ 'GET /api/instruments': () => ({ body: { instruments: list() } }), ...routes });
}

describe('the instruments register', () => {
  it('shows a country’s instruments by kind, in force or ended, read-only for its viewers', async () => {
    signInAs('viewer');
    const api = serveRegister(() => [mou, { ...jaitf, to: '2022-06-30' }]);
    renderApp('/instruments?lang=en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Cooperation instruments of France' })).toBeTruthy();
    const agreements = await screen.findByTestId('instruments-agreement');
    expect(agreements.textContent).toContain('MoU customs–police');
    expect(agreements.textContent).toContain('In force');
    expect(agreements.textContent).toContain('MoU (memorandum of understanding); parties: Customs, Police');
    expect(screen.getByTestId('instruments-joint_unit').textContent).toContain('Ended');
    expect(screen.queryByTestId('add-agreement')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit “MoU customs–police”' })).toBeNull();
    expect(api.sent('GET', '/api/instruments')[0]?.url.searchParams.get('country')).toBe('FRA');
  });

  it('lets the coordinator add an agreement, sending the contract’s fields', async () => {
    signInAs('coordinator');
    const saved: Instrument[] = [];
    const api = serveRegister(() => saved, {
      'POST /api/instruments': (request) => {
        const created = { ...mou, ...(request.body as Partial<Instrument>), id: 'i-new', version: 1 } as Instrument;
        saved.push(created);
        return { status: 201, body: created };
      },
    });
    renderApp('/instruments?lang=en');

    fireEvent.click(await screen.findByTestId('add-agreement'));
    const form = screen.getByRole('form', { name: 'New instrument: Agreement' });
    fill(within(form).getByLabelText('Title'), 'Protocol on joint patrols');
    fill(within(form).getByLabelText(/^From/), '2025-02-01');
    fill(within(form).getByLabelText('Type of agreement'), 'moa');
    const parties = within(form).getByRole('group', { name: 'Parties' });
    fireEvent.click(within(parties).getByLabelText('Police'));
    fireEvent.click(within(parties).getByLabelText('Customs'));
    fireEvent.click(within(within(form).getByRole('group', { name: 'Scope' })).getByLabelText('Liaison'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    expect((await screen.findByTestId('instrument-notice')).textContent).toBe('“Protocol on joint patrols” was saved.');
    expect(api.sent('POST', '/api/instruments').map((r) => r.body)).toEqual([
      {
        country: 'FRA',
        kind: 'agreement',
        title: 'Protocol on joint patrols',
        from: '2025-02-01',
        to: null,
        agreementType: 'moa',
        parties: ['customs', 'police'],
        scope: ['liaison'],
      },
    ]);
    await waitFor(() => {
      expect(screen.getByTestId('instruments-agreement').textContent).toContain('Protocol on joint patrols');
    });
  });

  it('says when someone else changed the instrument first, and reopens the form on their version', async () => {
    signInAs('coordinator');
    let current: Instrument = mou;
    const api = serveRegister(() => [current], {
      [`PATCH /api/instruments/${mou.id}`]: () => {
        current = { ...mou, version: 2, title: 'MoU customs–police (amended)' };
        return { status: 409, body: { statusCode: 409, code: 'version_conflict', currentVersion: 2 } };
      },
    });
    renderApp('/instruments?lang=en');

    fireEvent.click(await screen.findByRole('button', { name: 'Edit “MoU customs–police”' }));
    fill(screen.getByLabelText('Reference'), 'PE-1');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByTestId('instrument-notice')).textContent).toContain('Someone else changed');
    const form = await screen.findByRole('form', { name: 'Edit: MoU customs–police (amended)' });
    expect(within(form).getByLabelText<HTMLInputElement>('Title').value).toBe('MoU customs–police (amended)');
    expect(within(form).getByLabelText<HTMLInputElement>('Reference').value).toBe('');
    expect(api.sent('PATCH', `/api/instruments/${mou.id}`).map((r) => (r.body as { version: number }).version)).toEqual(
      [1],
    );
  });

  it('deletes an instrument after a confirmation, at the version read', async () => {
    signInAs('analyst');
    let list: Instrument[] = [mou];
    const api = serveRegister(() => list, {
      [`DELETE /api/instruments/${mou.id}`]: () => {
        list = [];
        return { status: 204 };
      },
    });
    renderApp('/instruments?country=FRA&lang=en');

    fireEvent.click(await screen.findByRole('button', { name: 'Delete “MoU customs–police”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect((await screen.findByTestId('instrument-notice')).textContent).toBe('“MoU customs–police” was deleted.');
    expect(api.sent('DELETE', `/api/instruments/${mou.id}`)[0]?.url.searchParams.get('version')).toBe('1');
  });
});
