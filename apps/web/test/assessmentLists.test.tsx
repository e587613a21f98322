import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AssessmentFacets, AssessmentListResponse, RegisterChecksBatchResponse } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { newAssessment } from './assessmentFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';
import { sortAssessments } from '../src/assessments/listSort';

const COUNTRIES = {
  countries: [
    { iso3: 'FRA', iso2: 'FR', name: { en: 'France', fr: 'France' } },
    { iso3: 'DEU', iso2: 'DE', name: { en: 'Germany', fr: 'Allemagne' } },
    { iso3: 'EGY', iso2: 'EG', name: { en: 'Egypt', fr: 'Égypte' } },
    { iso3: 'KEN', iso2: 'KE', name: { en: 'Kenya', fr: 'Kenya' } },
  ],
};
const scores = (overall: number) => ({
  methodologyVersion: 'v1' as const,
  overall,
  level: 3,
  selfLevel: 3,
  dimensions: {} as never,
  items: {},
});
const submitted = (country: string, year: number, submittedAt: string, overall: number) =>
  newAssessment({ country, year, status: 'submitted', submittedAt, scores: scores(overall) });
// Submitted: Egypt first (longest waiting), then Kenya, France, Germany.
const FRA = submitted('FRA', 2025, '2026-10-01T09:00:00.000Z', 61.5);
const DEU = submitted('DEU', 2025, '2026-11-20T09:00:00.000Z', 48);
const EGY = submitted('EGY', 2024, '2026-06-01T09:00:00.000Z', 70.2);
const KEN = submitted('KEN', 2025, '2026-09-01T09:00:00.000Z', 55);
const FACETS: AssessmentFacets = {
  region: [
    { value: 'ESA', count: 1 },
    { value: 'EUR', count: 2 },
    { value: 'MENA', count: 1 },
  ],
  country: [],
  year: [
    { value: '2024', count: 1 },
    { value: '2025', count: 3 },
  ],
  status: [{ value: 'submitted', count: 4 }],
  waitingDays: [
    { value: '7', count: 4 },
    { value: '30', count: 3 },
    { value: '90', count: 1 },
  ],
};
const CHECKS: RegisterChecksBatchResponse = {
  assessments: [
    {
      id: KEN.id,
      checks: [
        {
          code: 'A.1',
          severity: 'warning',
          message: 'A.1 claims a memorandum of understanding, but the register has no such agreement in force in 2025',
          reason: 'no_agreement_in_force',
          params: { claimed: 'mou', year: 2025 },
        },
      ],
    },
  ],
};

function queueApi() {
  const list: AssessmentListResponse = { assessments: [FRA, DEU, EGY, KEN], facets: FACETS };
  return fakeApi({
    'GET /api/countries': () => ({ body: COUNTRIES }),
    'GET /api/assessments': () => ({ body: list }),
    'GET /api/review/register-checks': () => ({ body: CHECKS }),
  });
}

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('review queue: filters, counts, sorting', () => {
  it('lists the longest waiting first and reads every register check in one request', async () => {
    signInAs('analyst');
    const api = queueApi();
    renderApp('/review?lang=en');
    const table = await screen.findByTestId('assessment-table');
    await waitFor(() => {
      expect(rowNames(table)).toEqual(['Egypt', 'Kenya', 'France', 'Germany']);
    });
    await within(table).findByText('1 to check');
    expect(api.sent('GET', '/api/review/register-checks').map((r) => r.url.search)).toEqual(['?status=submitted']);
    expect(
      api.requests.filter((r) => r.path.endsWith('/register-checks') && r.path.startsWith('/api/assessments/')),
    ).toHaveLength(0);
  });

  it('offers each region and waiting time with its count, and filters through the address', async () => {
    signInAs('analyst');
    const api = queueApi();
    renderApp('/review?lang=en');
    await screen.findByTestId('assessment-table');
    const region = screen.getByLabelText('WCO region');
    await within(region).findByRole('option', { name: 'Europe (2)' });
    expect(within(region).getByRole('option', { name: 'Americas and the Caribbean (0)' })).toBeTruthy();
    const waiting = screen.getByLabelText('Waiting for');
    expect(
      within(waiting)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any time', '7 days or more (4)', '30 days or more (3)', '90 days or more (1)']);
    fireEvent.change(region, { target: { value: 'EUR' } });
    fireEvent.change(screen.getByLabelText('Waiting for'), { target: { value: '30' } });
    await waitFor(() => {
      expect(window.location.search).toBe('?region=EUR&waiting=30&lang=en');
    });
    await waitFor(() => {
      const searches = api.sent('GET', '/api/assessments').map((r) => r.url.search);
      expect(searches).toContain('?status=submitted&region=EUR&waitingDays=30');
    });
  });

  it('sorts by a column header, turns the order round on a second press, and keeps it in the address', async () => {
    signInAs('analyst');
    queueApi();
    renderApp('/review?lang=en');
    const table = await screen.findByTestId('assessment-table');
    fireEvent.click(within(table).getByRole('button', { name: 'Overall maturity index' }));
    await waitFor(() => {
      expect(rowNames(table)).toEqual(['Egypt', 'France', 'Kenya', 'Germany']);
    });
    expect(window.location.search).toBe('?sort=index&dir=desc&lang=en');
    expect(
      within(table)
        .getByRole('columnheader', { name: /Overall maturity index/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: /Overall maturity index/ }));
    await waitFor(() => {
      expect(rowNames(table)).toEqual(['Germany', 'Kenya', 'France', 'Egypt']);
    });
  });
});

describe('sortAssessments', () => {
  const context = (names: Record<string, string>, lang: string) => ({
    countryName: (iso3: string) => names[iso3] ?? iso3,
    collator: new Intl.Collator(lang),
    dateOf: (a: { updatedAt: string }) => a.updatedAt,
  });

  it('sorts names the page language’s way: Égypte between Allemagne and France', () => {
    const names = { FRA: 'France', DEU: 'Allemagne', EGY: 'Égypte', KEN: 'Kenya' };
    const sorted = sortAssessments([FRA, KEN, EGY, DEU], { key: 'country', direction: 'asc' }, context(names, 'fr'));
    expect(sorted.map((a) => a.country)).toEqual(['DEU', 'EGY', 'FRA', 'KEN']);
  });

  it('puts an assessment without an index last when the biggest comes first, and breaks ties by year then name', () => {
    const draft = newAssessment({ country: 'KEN', year: 2025 });
    const names = { FRA: 'France', DEU: 'Germany', EGY: 'Egypt', KEN: 'Kenya' };
    const sorted = sortAssessments([draft, DEU, EGY], { key: 'index', direction: 'desc' }, context(names, 'en'));
    expect(sorted.map((a) => a.country)).toEqual(['EGY', 'DEU', 'KEN']);
    const byStatus = sortAssessments([KEN, draft, FRA], { key: 'status', direction: 'asc' }, context(names, 'en'));
    // draft before submitted; the two submitted of 2025 by name: France, Kenya.
    expect(byStatus.map((a) => `${a.country}-${a.status}`)).toEqual(['KEN-draft', 'FRA-submitted', 'KEN-submitted']);
  });
});
