import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DisclosureChange, DisclosureResponse, MaturityResponse, ProfileResponse } from '@cpc/domain';
import { franceProfile } from './analyticsFixtures';
import { newAssessment } from './assessmentFixtures';
import { catchDownloads } from './downloads';
import { defaultDisclosure, fakeApi, type FakeHandler } from './fakeApi';
import { wcoMaturity } from './fixtures';
import { newOperation, wcoOperations } from './operationsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';
import { levelsOf } from './maturityRoutes';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const WITHHELD = 'Withheld: fewer than 3 contributing administrations';

/**
 * The WCO figures as the API sends them to a national user: no order statistics, and every cell of fewer
 * than 3 assessments withheld with no count at all.
 */
function protectedMaturity(exact: MaturityResponse): MaturityResponse {
  const noOrderStatistics = { median: null, p25: null, p75: null, min: null, max: null };
  return {
    ...exact,
    protected: true,
    series: exact.series.map((p) =>
      (p.assessed ?? 0) < 3
        ? {
            ...p,
            ...noOrderStatistics,
            assessed: null,
            coverage: null,
            mean: null,
            levels: null,
            selfLevels: null,
            dimensions: null,
            suppressed: true,
          }
        : { ...p, ...noOrderStatistics },
    ),
  };
}

function serveOverview(maturity: MaturityResponse) {
  return fakeApi({
    'GET /api/analytics/maturity': () => ({ body: maturity }),
    'GET /api/analytics/levels': () => ({ body: levelsOf(maturity) }),
  });
}

describe('protected figures', () => {
  it('are explained to a national user on the overview, with no median, quartiles or band', async () => {
    signInAs('viewer');
    serveOverview(protectedMaturity(wcoMaturity));
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');

    const notice = await screen.findByTestId('protected-figures-notice');
    expect(notice.textContent).toBe(
      'Protected figures. Administrations that keep their figures confidential are included with a bounded ' +
        'perturbation: means of 10 or more administrations are within ±3 points, counts within ±2, operational ' +
        'figures within ±10%; medians, quartiles and extremes are not shown; figures from fewer than 3 ' +
        'administrations are withheld.',
    );
    const chart = await screen.findByTestId('maturity-chart');
    expect(chart.getAttribute('data-band')).toBe('false');
    expect(chart.querySelectorAll('.region-band')).toHaveLength(0);
    expect(screen.queryByLabelText('Show interquartile range')).toBeNull();
    expect(chart.textContent).not.toContain('Shaded band');

    const coverage = screen.getByTestId('coverage-table');
    const headers = [...coverage.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Region', 'Assessed / members', 'Coverage', 'Mean index']);
    expect(coverage.querySelector('tr[data-region="EUR"]')?.textContent).toBe('Europe6/6100%72.5');
  });

  it('are not explained to analysts, who get the exact figures with their quartiles', async () => {
    signInAs('analyst');
    serveOverview(wcoMaturity);
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');

    const chart = await screen.findByTestId('maturity-chart');
    expect(screen.queryByTestId('protected-figures-notice')).toBeNull();
    expect(screen.getByLabelText('Show interquartile range')).toBeTruthy();
    expect(chart.getAttribute('data-band')).toBe('true');
    expect(screen.getByTestId('coverage-table').querySelector('thead')?.textContent).toContain('Median index');
  });

  it('are of one status set: a national user neither chooses validated assessments only nor asks for them', async () => {
    signInAs('viewer');
    const api = serveOverview(protectedMaturity(wcoMaturity));
    renderApp('/?grouping=wco&from=2024&to=2025&status=validated&lang=en');

    await screen.findByTestId('maturity-chart');
    expect(screen.queryByLabelText('Validated assessments only')).toBeNull();
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).has('status')).toBe(false);
    });
    const asked = [...api.sent('GET', '/api/analytics/maturity'), ...api.sent('GET', '/api/analytics/levels')];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((r) => r.url.searchParams.has('status'))).toEqual([]);
  });

  it('are of the published groupings: an analyst’s custom grouping in the address is never asked for', async () => {
    signInAs('viewer');
    const api = serveOverview(protectedMaturity(wcoMaturity));
    renderApp('/?grouping=custom-aircop&from=2024&to=2025&lang=en');

    await screen.findByTestId('maturity-chart');
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('grouping')).toBe('wco');
    });
    const asked = api.requests.filter((r) => r.path.startsWith('/api/analytics/'));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.map((r) => r.url.searchParams.get('grouping'))).not.toContain('custom-aircop');
  });

  it('are explained in French too', async () => {
    signInAs('viewer');
    serveOverview(protectedMaturity(wcoMaturity));
    renderApp('/?grouping=wco&from=2024&to=2025&lang=fr');

    const notice = await screen.findByTestId('protected-figures-notice');
    expect(notice.textContent).toContain('Chiffres protégés.');
    expect(notice.textContent).toContain('les moyennes de 10 administrations ou plus sont exactes à ±3 points près');
    await screen.findByTestId('coverage-table');
    expect(screen.getByTestId('coverage-table').querySelector('tr[data-region="ESA"] td')?.textContent).toBe(
      'Masqué : moins de 3 administrations contributrices',
    );
  });

  it('travel with their explanation in a chart’s picture', async () => {
    signInAs('viewer');
    serveOverview(protectedMaturity(wcoMaturity));
    const files = catchDownloads();
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');

    const section = await screen.findByTestId('levels-section');
    await within(section).findByTestId('level-chart');
    fireEvent.click(within(section).getByRole('button', { name: /^Download: / }));
    fireEvent.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Vector image (SVG)' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const svg = await files[0]!.blob.text();
    expect(svg).toContain('Protected figures.');
    expect(svg).toContain('within ±3 points');
  });
});

describe('a withheld cell', () => {
  it('gives its true reason, with no count beside it', async () => {
    signInAs('viewer');
    serveOverview(protectedMaturity(wcoMaturity));
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');

    const coverage = await screen.findByTestId('coverage-table');
    // ESA has 2 assessments in 2025: neither the 2 nor its coverage shows.
    const esa = coverage.querySelector('tr[data-region="ESA"]');
    expect([...(esa?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([WITHHELD]);
    expect(esa?.textContent).not.toContain('2/5');
    expect(esa?.textContent).not.toContain('40%');

    fireEvent.click(screen.getByRole('button', { name: /Show as table: Mean overall maturity index/ }));
    const cell = screen.getByTestId('region-year-table').querySelectorAll('tr[data-year="2025"] td')[0];
    expect(cell?.textContent).toBe('Withheld (fewer than 3 contributors)');
    expect(cell?.querySelector('[title]')?.getAttribute('title')).toBe(WITHHELD);
  });

  it('is one withheld bar in the levels, with no count of the assessed or the not assessed', async () => {
    signInAs('viewer');
    serveOverview(protectedMaturity(wcoMaturity));
    renderApp('/?grouping=wco&from=2024&to=2025&region=ESA&lang=en');

    const section = await screen.findByTestId('levels-section');
    await within(section).findByTestId('level-chart');
    const bar = section.querySelector('[data-year="2025"]');
    expect(bar?.querySelectorAll('.segment')).toHaveLength(1);
    expect(bar?.querySelector('.segment-withheld title')?.textContent).toBe(`2025 — ${WITHHELD}`);
    expect(bar?.querySelector('.segment-withheld text')).toBeNull();

    fireEvent.click(within(section).getByRole('button', { name: /Show as table/ }));
    const row = within(section).getByTestId('level-table').querySelector('tr[data-year="2025"]');
    expect([...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([WITHHELD, '5']);
  });
});

describe('the printable report of a national user', () => {
  it('carries the explanation of its protected figures', async () => {
    signInAs('viewer');
    fakeApi({ 'GET /api/countries/FRA/profile': () => ({ body: { ...franceProfile, protected: true } }) });
    renderApp('/countries/FRA/report?grouping=wco&lang=en');

    const note = await screen.findByTestId('report-protected-note');
    expect(note.textContent).toContain('Protected figures. Administrations that keep their figures confidential');
    expect(within(screen.getByTestId('report-footer')).getByTestId('report-protected-note')).toBe(note);
  });

  it('is plain for analysts', async () => {
    signInAs('analyst');
    fakeApi({ 'GET /api/countries/FRA/profile': () => ({ body: franceProfile }) });
    renderApp('/countries/FRA/report?grouping=wco&lang=en');
    await screen.findByTestId('report-footer');
    expect(screen.queryByTestId('report-protected-note')).toBeNull();
  });
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

describe('the disclosure panel of a profile', () => {
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
