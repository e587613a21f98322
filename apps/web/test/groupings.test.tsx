import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeApi } from './fakeApi';
import { groupings, undated } from './fixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  signInAs('analyst');
});

function fill(label: HTMLElement, value: string) {
  fireEvent.change(label, { target: { value } });
}

describe('custom groupings', () => {
  it('lists the built-in groupings as read-only', async () => {
    fakeApi({});
    renderApp('/groupings?lang=en');
    const list = await screen.findByTestId('grouping-list');
    expect(within(list).getAllByText('Read-only')).toHaveLength(2);
    expect(within(list).queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('creates one, a country ticked in one region being unavailable to the others', async () => {
    const api = fakeApi({
      'POST /api/groupings': (request) => ({
        status: 201,
        body: { id: 'custom-1', source: 'Custom grouping', builtIn: false, ...(request.body as object) },
      }),
    });
    renderApp('/groupings?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'New grouping' }));

    // Checked before sending: nothing goes to the API while the form has problems.
    fireEvent.click(screen.getByRole('button', { name: 'Create the grouping' }));
    expect(screen.getByTestId('grouping-problems').textContent).toContain('Give a name in English.');
    expect(api.sent('POST', '/api/groupings')).toHaveLength(0);

    const [groupingName] = screen.getAllByLabelText('Name (English)');
    fill(groupingName!, 'AIRCOP');
    fill(screen.getByLabelText(/^Code/), 'EU');
    fill(screen.getAllByLabelText('Name (English)')[1]!, 'Europe');
    fireEvent.click(await screen.findByRole('checkbox', { name: /France/ }));

    fireEvent.click(screen.getByRole('button', { name: 'Add a region' }));
    const second = screen.getByRole('group', { name: 'Region no. 2' });
    const franceThere = within(second).getByRole('checkbox', { name: /France/ });
    expect((franceThere as HTMLInputElement).disabled).toBe(true);
    expect(franceThere.closest('label')?.textContent).toContain('in EU');
    fill(within(second).getByLabelText(/^Code/), 'AF');
    fill(within(second).getAllByLabelText('Name (English)')[0]!, 'Africa');
    fill(within(second).getAllByLabelText('Name (French)')[0]!, 'Afrique');
    fireEvent.click(within(second).getByRole('checkbox', { name: /Kenya/ }));

    fireEvent.click(screen.getByRole('button', { name: 'Create the grouping' }));
    expect(await screen.findByTestId('grouping-notice')).toHaveProperty(
      'textContent',
      'The grouping “AIRCOP” is created.',
    );
    expect(api.sent('POST', '/api/groupings')[0]?.body).toEqual({
      name: { en: 'AIRCOP', fr: 'AIRCOP' },
      regions: [
        { code: 'EU', name: { en: 'Europe', fr: 'Europe' }, members: ['FRA'], memberships: [] },
        { code: 'AF', name: { en: 'Africa', fr: 'Afrique' }, members: ['KEN'], memberships: [] },
      ],
    });
  });
});

describe('custom groupings: refusals and deletion', () => {
  it('shows the API’s reason when it refuses', async () => {
    fakeApi({
      'GET /api/groupings': () => ({
        body: {
          groupings: [
            ...groupings.groupings,
            {
              id: 'custom-1',
              builtIn: false,
              name: { en: 'AIRCOP', fr: 'AIRCOP' },
              source: 'Custom grouping',
              regions: undated([{ code: 'EU', name: { en: 'Europe', fr: 'Europe' }, members: ['FRA'] }]),
            },
          ],
        },
      }),
      'PATCH /api/groupings/custom-1': () => ({
        status: 400,
        body: { statusCode: 400, message: 'regions.0.members: unknown country XXX' },
      }),
    });
    renderApp('/groupings?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit AIRCOP' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    expect((await screen.findByTestId('grouping-api-error')).textContent).toBe(
      'The grouping was not saved: regions.0.members: unknown country XXX',
    );
  });

  it('deletes a custom grouping after a confirmation', async () => {
    const custom = {
      id: 'custom-1',
      builtIn: false,
      name: { en: 'AIRCOP', fr: 'AIRCOP' },
      source: 'Custom grouping',
      regions: undated([{ code: 'EU', name: { en: 'Europe', fr: 'Europe' }, members: ['FRA'] }]),
    };
    let deleted = false;
    const api = fakeApi({
      'GET /api/groupings': () => ({
        body: { groupings: deleted ? groupings.groupings : [...groupings.groupings, custom] },
      }),
      'DELETE /api/groupings/custom-1': () => {
        deleted = true;
        return { status: 204 };
      },
    });
    renderApp('/groupings?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete AIRCOP' }));
    expect(api.sent('DELETE', '/api/groupings/custom-1')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('The grouping “AIRCOP” is deleted.')).toBeTruthy();
    expect(api.sent('DELETE', '/api/groupings/custom-1')).toHaveLength(1);
    await screen.findByText('Groupings: 2');
  });
});

describe('a change of WCO membership', () => {
  it('is recorded by an admin, in the page’s language, with the API’s reason when refused', async () => {
    signInAs('admin');
    const api = fakeApi({
      'POST /api/groupings/wco/membership-changes': (request) =>
        (request.body as { region: string | null }).region === null
          ? { status: 400, body: { statusCode: 400, message: 'region: FRA is a member of no region on 2026-03-01' } }
          : { status: 201, body: groupings.groupings[0] },
    });
    renderApp('/groupings?lang=fr');
    const form = await screen.findByRole('form', { name: 'Enregistrer un changement d’adhésion à l’OMD' });
    await within(form).findByRole('option', { name: 'France' });
    fill(within(form).getByLabelText('Pays'), 'FRA');
    fill(within(form).getByLabelText('Région à partir de cette date'), 'AP');
    fill(within(form).getByLabelText('Date d’effet'), '2026-03-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer le changement' }));
    expect((await within(form).findByTestId('membership-change-recorded')).textContent).toBe(
      'Enregistré : France à partir du 2026-03-01.',
    );
    expect(api.sent('POST', '/api/groupings/wco/membership-changes')[0]?.body).toEqual({
      iso3: 'FRA',
      region: 'AP',
      effective: '2026-03-01',
    });

    fill(within(form).getByLabelText('Région à partir de cette date'), '');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer le changement' }));
    expect((await within(form).findByTestId('membership-change-error')).textContent).toBe(
      'Le changement n’a pas été enregistré : region: FRA is a member of no region on 2026-03-01',
    );
  });

  it('is not offered to analysts', async () => {
    fakeApi({});
    renderApp('/groupings?lang=en');
    await screen.findByTestId('grouping-list');
    expect(screen.queryByRole('form', { name: 'Record a change of WCO membership' })).toBeNull();
  });
});
