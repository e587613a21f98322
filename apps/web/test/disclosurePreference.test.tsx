import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DisclosureChange, DisclosureResponse, ProfileResponse } from '@cpc/domain';
import { franceProfile } from './analyticsFixtures';
import { newAssessment } from './assessmentFixtures';
import { defaultDisclosure, fakeApi, type FakeHandler } from './fakeApi';
import { newOperation, wcoOperations } from './operationsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

/** A national user's profile: protected region figures, no median or rank. */
const protectedProfile = (profile: ProfileResponse): ProfileResponse => ({
  ...profile,
  protected: true,
  comparison: profile.comparison.map((row) => ({ ...row, regionMedian: null, rankInRegion: null })),
});

const kenyaProfile: ProfileResponse = protectedProfile({
  ...franceProfile,
  country: { iso3: 'KEN', iso2: 'KE', name: { en: 'Kenya', fr: 'Kenya' } },
});

/** A country's preference and its history, kept as the API keeps them. */
function disclosureStore(iso3: string, initial: DisclosureResponse = defaultDisclosure(iso3) as DisclosureResponse) {
  let current = initial;
  const history: DisclosureChange[] = [];
  const routes: Record<string, FakeHandler> = {
    [`GET /api/countries/${iso3}/disclosure`]: () => ({ body: current }),
    [`GET /api/countries/${iso3}/disclosure/history`]: () => ({ body: { iso3, items: history } }),
    [`PUT /api/countries/${iso3}/disclosure`]: (request) => {
      const { level } = request.body as { level: DisclosureResponse['level'] };
      current = { iso3, level, updatedAt: '2026-11-28T10:15:00.000Z', updatedBy: 'coordinator.fra@example.org' };
      history.unshift({ level, changedAt: current.updatedAt!, changedBy: current.updatedBy });
      return { body: current };
    },
  };
  return routes;
}

describe('the disclosure panel of a profile, to change', () => {
  it('lets the coordinator of the country change its preference, once confirmed, and refreshes the figures', async () => {
    signInAs('coordinator');
    const api = fakeApi({
      'GET /api/countries/FRA/profile': () => ({ body: protectedProfile(franceProfile) }),
      ...disclosureStore('FRA'),
    });
    renderApp('/countries/FRA?grouping=wco&lang=en');

    const panel = await screen.findByTestId('disclosure-panel');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Disclosure');
    expect((await within(panel).findByTestId('disclosure-level')).textContent).toBe('Confidential');
    expect(within(panel).getByTestId('disclosure-set-by').textContent).toBe(
      'Never changed: confidential is the default.',
    );
    expect(await within(panel).findByText('The preference was never changed.')).toBeTruthy();
    const save = within(panel).getByRole('button', { name: 'Save the preference' });
    expect(save.hasAttribute('disabled')).toBe(true);

    fireEvent.click(within(panel).getByRole('radio', { name: 'Shared with members' }));
    fireEvent.click(save);
    // Nothing is sent before the reader confirms what it means.
    expect(
      within(panel).getByText(
        'Share the country-level figures of France with the national users of every member? It takes effect at once, in every view, export and report.',
      ),
    ).toBeTruthy();
    expect(api.sent('PUT', '/api/countries/FRA/disclosure')).toHaveLength(0);
    const profileReads = api.sent('GET', '/api/countries/FRA/profile').length;

    fireEvent.click(within(panel).getByRole('button', { name: 'Yes, change it' }));
    expect((await within(panel).findByTestId('disclosure-saved')).textContent).toBe(
      'The preference is saved: Shared with members.',
    );
    expect(api.sent('PUT', '/api/countries/FRA/disclosure').map((r) => r.body)).toEqual([{ level: 'members' }]);
    await waitFor(() => {
      expect(within(panel).getByTestId('disclosure-level').textContent).toBe('Shared with members');
    });
    expect(within(panel).getByTestId('disclosure-set-by').textContent).toMatch(
      /^Set by coordinator\.fra@example\.org on .*2026/,
    );
    const history = await within(panel).findByRole('table');
    expect(history.querySelector('tbody tr')?.textContent).toContain('Shared with members');
    expect(history.querySelector('tbody tr')?.textContent).toContain('coordinator.fra@example.org');
    // The profile, like every figure that depends on the preference, is read again.
    await waitFor(() => {
      expect(api.sent('GET', '/api/countries/FRA/profile').length).toBeGreaterThan(profileReads);
    });
  });

  it('asks before making the figures confidential again, and Cancel keeps them as they are', async () => {
    signInAs('coordinator');
    const api = fakeApi({
      'GET /api/countries/FRA/profile': () => ({ body: protectedProfile(franceProfile) }),
      ...disclosureStore('FRA', {
        iso3: 'FRA',
        level: 'members',
        updatedAt: '2026-10-01T08:00:00.000Z',
        updatedBy: 'admin@example.org',
      }),
    });
    renderApp('/countries/FRA?grouping=wco&lang=fr');

    const panel = await screen.findByTestId('disclosure-panel');
    expect((await within(panel).findByTestId('disclosure-level')).textContent).toBe('Partagé avec les membres');
    fireEvent.click(within(panel).getByRole('radio', { name: 'Confidentiel' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Enregistrer la préférence' }));
    expect(within(panel).getByText(/^Garder confidentiels les chiffres nationaux de France \?/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Annuler' }));
    expect(within(panel).queryByText(/^Garder confidentiels/)).toBeNull();
    expect(api.sent('PUT', '/api/countries/FRA/disclosure')).toHaveLength(0);
  });
});

describe('the disclosure panel of a profile, read-only', () => {
  it('shows a viewer their country’s preference and its changes, with no way to change it', async () => {
    signInAs('viewer');
    const api = fakeApi({
      'GET /api/countries/FRA/profile': () => ({ body: protectedProfile(franceProfile) }),
      ...disclosureStore('FRA'),
    });
    renderApp('/countries/FRA?grouping=wco&lang=en');

    const panel = await screen.findByTestId('disclosure-panel');
    expect((await within(panel).findByTestId('disclosure-level')).textContent).toBe('Confidential');
    expect(within(panel).queryAllByRole('radio')).toHaveLength(0);
    expect(within(panel).queryByRole('button', { name: 'Save the preference' })).toBeNull();
    expect(within(panel).getByText('Only the coordinator of France or an administrator may change it.')).toBeTruthy();
    expect(await within(panel).findByText('The preference was never changed.')).toBeTruthy();
    expect(api.sent('GET', '/api/countries/FRA/disclosure/history')).toHaveLength(1);
  });

  it('shows a national user the preference of a country that shares its figures, not its history', async () => {
    signInAs('viewer');
    const api = fakeApi({
      'GET /api/countries/KEN/profile': () => ({ body: kenyaProfile }),
      ...disclosureStore('KEN', {
        iso3: 'KEN',
        level: 'members',
        updatedAt: '2026-10-01T08:00:00.000Z',
        updatedBy: 'coordinator.ken@example.org',
      }),
    });
    renderApp('/countries/KEN?grouping=wco&lang=en');

    const panel = await screen.findByTestId('disclosure-panel');
    expect((await within(panel).findByTestId('disclosure-level')).textContent).toBe('Shared with members');
    expect(screen.getByTestId('protected-figures-notice')).toBeTruthy();
    expect(within(panel).queryAllByRole('radio')).toHaveLength(0);
    expect(within(panel).queryByTestId('disclosure-history')).toBeNull();
    expect(api.sent('GET', '/api/countries/KEN/disclosure/history')).toHaveLength(0);
    // The region's median and the rank are analysts' figures: not even their columns show.
    fireEvent.click(screen.getByRole('button', { name: /Show as table: Kenya against Europe/ }));
    const comparison = await screen.findByTestId('comparison-table');
    expect(comparison.querySelector('thead')?.textContent).not.toContain('median');
    expect(comparison.querySelector('thead')?.textContent).not.toContain('Rank');
  });
});

describe('the assessment screens', () => {
  it('show the country’s preference read-only, with the way to change it on the profile', async () => {
    signInAs('coordinator');
    const assessment = newAssessment({ status: 'submitted' });
    fakeApi({
      [`GET /api/assessments/${assessment.id}`]: () => ({ body: assessment }),
      ...disclosureStore('FRA'),
    });
    renderApp(`/assessments/${assessment.id}?lang=en`);

    const fact = await screen.findByTestId('assessment-disclosure');
    expect(fact.textContent).toBe('DisclosureConfidential (Change it on the profile)');
    expect(within(fact).getByRole('link').getAttribute('href')).toBe('/countries/FRA?lang=en');
  });

  it('show it on a viewer’s list of their country’s assessments, to be seen on the profile', async () => {
    signInAs('viewer');
    fakeApi({ 'GET /api/assessments': () => ({ body: { assessments: [] } }), ...disclosureStore('FRA') });
    renderApp('/assessments?lang=en');

    const fact = await screen.findByTestId('assessment-disclosure');
    expect(fact.textContent).toBe('DisclosureConfidential (See it on the profile)');
  });
});

describe('the operations dashboard of a national user', () => {
  it('has no programme, activity or commodity filter, and never sends one', async () => {
    signInAs('viewer');
    const api = fakeApi({
      'GET /api/analytics/operations': () => ({ body: { ...wcoOperations(), protected: true } }),
      'GET /api/analytics/operations/participation': () => ({
        body: { grouping: 'wco', from: 2024, to: 2025, protected: true, items: [] },
      }),
    });
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&programme=aircop&commodity=cocaine&lang=en');

    await screen.findByTestId('outcome-trends');
    expect(screen.getByTestId('protected-figures-notice')).toBeTruthy();
    expect(screen.queryByLabelText('Programme')).toBeNull();
    expect(screen.queryByLabelText('Joint activity')).toBeNull();
    expect(screen.queryByLabelText('Commodity')).toBeNull();
    const sent = [
      ...api.sent('GET', '/api/analytics/operations'),
      ...api.sent('GET', '/api/analytics/operations/participation'),
    ];
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.url.searchParams.has('programme'), request.url.search).toBe(false);
      expect(request.url.searchParams.has('commodity'), request.url.search).toBe(false);
    }
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).has('programme')).toBe(false);
    });
  });

  it('keeps them for analysts', async () => {
    signInAs('analyst');
    fakeApi({
      'GET /api/analytics/operations': () => ({ body: wcoOperations() }),
      'GET /api/analytics/operations/participation': () => ({
        body: { grouping: 'wco', from: 2024, to: 2025, protected: false, items: [] },
      }),
    });
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');
    await screen.findByTestId('outcome-trends');
    expect(screen.getByLabelText('Programme')).toBeTruthy();
    expect(screen.getByLabelText('Commodity')).toBeTruthy();
    expect(screen.queryByTestId('protected-figures-notice')).toBeNull();
  });
});

describe('an operation seen by a national user', () => {
  it('says which sharing participants reported, and nothing of the confidential ones', async () => {
    signInAs('viewer');
    // As the API sends it to France's viewer: Kenya shares its figures and reported; Senegal's are confidential.
    const operation = newOperation({ id: 'op-9', countries: ['FRA', 'KEN', 'SEN'], reportedCountries: ['KEN'] });
    fakeApi({
      'GET /api/operations/op-9': () => ({ body: operation }),
      'GET /api/operations/op-9/results': () => ({ body: { operationId: 'op-9', results: [] } }),
    });
    renderApp('/operations/op-9?lang=en');

    const participants = await screen.findByTestId('participants');
    expect(participants.querySelector('li[data-country="FRA"]')?.textContent).toContain('Not reported yet');
    expect(participants.querySelector('li[data-country="KEN"]')?.textContent).toContain('Reported');
    expect(participants.querySelector('li[data-country="SEN"]')?.textContent).toBe('SEN');
    expect(screen.getByText(/Your account sees the results of your own country and of the participants/)).toBeTruthy();
  });
});
