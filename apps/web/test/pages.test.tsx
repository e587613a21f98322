import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from './fakeApi';
import { renderApp } from './renderApp';
import { signInAs } from './session';
import { groupings, wcoMaturity } from './fixtures';
import type { FakeRequest } from './fakeApi';

/** The maturity endpoint as the API answers it: the fixture's rows of the years asked for. */
function maturityFor(request: FakeRequest) {
  const from = Number(request.url.searchParams.get('from'));
  const to = Number(request.url.searchParams.get('to'));
  return {
    body: { ...wcoMaturity, from, to, series: wcoMaturity.series.filter((p) => p.year >= from && p.year <= to) },
  };
}
import { franceProfile, wcoDifficulties, wcoGaps } from './analyticsFixtures';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('compare regions', () => {
  it('draws one small chart per dimension and the heatmap, whose table gives the same figures', async () => {
    signInAs('analyst');
    fakeApi({ 'GET /api/analytics/maturity': maturityFor });
    renderApp('/compare?grouping=wco&from=2024&to=2025&year=2025&lang=en');

    const multiples = await screen.findByTestId('small-multiples');
    expect(multiples.querySelectorAll('li.small-multiple')).toHaveLength(9);
    const heatmap = await screen.findByTestId('heatmap');
    const europe = heatmap.querySelector('tr[data-region="EUR"]');
    expect(europe?.querySelector('td[data-measure="overall"]')?.textContent).toBe('72.5');
    // MENA has no assessment: said in words, never a zero.
    expect(heatmap.querySelector('tr[data-region="MENA"] td[data-measure="overall"]')?.textContent).toBe(
      'Not assessed',
    );

    fireEvent.click(screen.getByRole('button', { name: /Show as table: Mean scores by region and dimension, 2025/ }));
    const table = await screen.findByTestId('heatmap-table');
    expect(table.querySelector('tr[data-region="EUR"] td[data-measure="overall"]')?.textContent).toBe('72.5');
    expect(table.querySelector('tr[data-region="EUR"] td:last-child')?.textContent).toBe('6/6');
  });

  it('keeps the highlighted region in the address', async () => {
    signInAs('analyst');
    fakeApi({ 'GET /api/analytics/maturity': () => ({ body: wcoMaturity }) });
    renderApp('/compare?grouping=wco&from=2024&to=2025&year=2025&lang=en');
    await screen.findByTestId('small-multiples');
    fireEvent.click(screen.getByRole('button', { name: 'Europe', pressed: false }));
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('region')).toBe('EUR');
    });
  });
});

describe('country profile', () => {
  it('shows the trajectory, the comparison (withheld as such), the gaps and the history', async () => {
    signInAs('analyst');
    fakeApi({ 'GET /api/countries/FRA/profile': () => ({ body: franceProfile }) });
    renderApp('/countries/FRA?grouping=wco&lang=en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Country profile: France' })).toBeTruthy();
    expect((await screen.findByTestId('freshness')).textContent).toContain('Stale');
    const chart = screen.getByTestId('trajectory-chart');
    // Drafts are not plotted; validated and submitted points differ.
    expect(
      [...chart.querySelectorAll('[data-year]')].map(
        (g) => `${g.getAttribute('data-year')}:${g.getAttribute('data-status')}`,
      ),
    ).toEqual(['2019:validated', '2023:submitted']);
    fireEvent.click(screen.getByRole('button', { name: /Show as table: France against Europe/ }));
    const comparison = await screen.findByTestId('comparison-table');
    expect(comparison.querySelector('tr[data-dimension="governance"]')?.textContent).toContain(
      'Withheld: fewer than 3 contributing administrations',
    );
    expect(comparison.querySelector('tr[data-dimension="training"]')?.textContent).toContain('55.5');
    expect(screen.getByTestId('level-difference').textContent).toBe(
      'The administration rates itself 2 levels above the computed level.',
    );
    expect(screen.getByTestId('gap-list').textContent).toContain('Conclusion of an MoU/MoA');
    const history = screen.getByTestId('profile-history');
    expect(within(history).getAllByRole('link', { name: /Open the assessment of France/ })).toHaveLength(3);
  });

  it('tells a national user that another country is not theirs to read', async () => {
    signInAs('viewer');
    fakeApi({
      'GET /api/countries/DEU/profile': () => ({
        status: 403,
        body: { statusCode: 403, message: 'Your account may read FRA country details only' },
      }),
    });
    renderApp('/countries/DEU?lang=en');
    const notice = await screen.findByTestId('profile-forbidden');
    expect(notice.textContent).toContain('Not available for your account');
    expect(within(notice).getByRole('link', { name: 'Open your country’s profile' }).getAttribute('href')).toBe(
      '/countries/FRA?lang=en',
    );
  });
});

describe('gaps and difficulties', () => {
  it('ranks a region’s gaps with the handbook’s solutions, and its difficulties with the instrument’s labels', async () => {
    signInAs('analyst');
    fakeApi({
      'GET /api/analytics/gaps': () => ({ body: wcoGaps }),
      'GET /api/analytics/difficulties': () => ({ body: wcoDifficulties }),
    });
    renderApp('/gaps?grouping=wco&year=2025&region=EUR&lang=fr');

    const ranking = await screen.findByTestId('gap-ranking');
    await within(ranking).findAllByRole('listitem');
    const items = ranking.querySelectorAll('li.ranked-gap');
    expect([...items].map((li) => li.getAttribute('data-gap'))).toEqual(['A.16.1', 'A.1']);
    expect(items[0]?.textContent).toMatch(/67\s%/);
    expect(items[0]?.textContent).toContain('(4 sur 6)');
    // A.16.1 has no "Solutions possibles": the guidance of section V.d, said to be so.
    expect(items[0]?.textContent).toContain('section V.d');
    expect(items[1]?.textContent).toContain('Conclusion d’un PE/PA entre la douane et la police');

    const difficulties = screen.getByTestId('difficulties');
    const europe = difficulties.querySelector('li.difficulty-panel[data-region="EUR"]');
    expect(europe?.querySelector('li[data-option="lack_of_trust"]')?.textContent).toContain('Manque de confiance');
    expect(europe?.querySelector('li[data-option="lack_of_trust"]')?.textContent).toMatch(/50\s%/);
  });

  it('says the handbook’s texts are an unofficial translation, except in the handbook’s French', async () => {
    signInAs('analyst');
    fakeApi({
      'GET /api/analytics/gaps': () => ({ body: wcoGaps }),
      'GET /api/analytics/difficulties': () => ({ body: wcoDifficulties }),
    });
    renderApp('/gaps?grouping=wco&year=2025&region=EUR&lang=es');
    const notice = await screen.findByTestId('translation-notice');
    expect(notice.textContent).toContain('aquí se muestran en español, en una traducción no oficial');
  });

  it('shows no translation notice in French', async () => {
    signInAs('analyst');
    fakeApi({
      'GET /api/analytics/gaps': () => ({ body: wcoGaps }),
      'GET /api/analytics/difficulties': () => ({ body: wcoDifficulties }),
    });
    renderApp('/gaps?grouping=wco&year=2025&region=EUR&lang=fr');
    await screen.findByTestId('gap-ranking');
    await within(screen.getByTestId('gap-ranking')).findAllByRole('listitem');
    expect(screen.queryByTestId('translation-notice')).toBeNull();
  });

  it('names the reporting cycle a national user’s counts cover, and says why', async () => {
    signInAs('viewer');
    const cycle = { year: 2027, period: { from: 2025, to: 2027 }, protected: true };
    fakeApi({
      'GET /api/analytics/gaps': () => ({ body: { ...wcoGaps, ...cycle } }),
      'GET /api/analytics/difficulties': () => ({ body: { ...wcoDifficulties, ...cycle } }),
    });
    renderApp('/gaps?grouping=wco&year=2026&region=EUR&lang=en');

    const ranking = await screen.findByTestId('gap-ranking');
    await within(ranking).findByText('Commonest gaps: Europe, 2025–2027 reporting cycle');
    expect(within(ranking).getByTestId('counts-cycle-note').textContent).toMatch(
      /three-year reporting cycles \(2025–2027/,
    );
    const difficulties = screen.getByTestId('difficulties');
    expect(within(difficulties).getByRole('heading', { level: 2 }).textContent).toContain(
      '(A.17), 2025–2027 reporting cycle',
    );
  });
});

/** A country's current assessment as GET /api/analytics/countries/map gives it (metric overall). */
function current(country: string, year: number, overall: number) {
  return { country, value: overall, year, status: 'validated' };
}

/** The WCO members of a region of the fixtures, by code. */
function wcoMembersOf(region: string | null): string[] {
  const regions = groupings.groupings.find((g) => g.id === 'wco')?.regions ?? [];
  return regions.filter((r) => r.code === region).flatMap((r) => [...r.members].sort());
}

/**
 * The map's answer for the region and page asked: the API sends a page of each region's members, in the order
 * of their codes (`pageSize`: a server's own page, when smaller than the one asked).
 */
function mapAnswer(request: FakeRequest, items: ReturnType<typeof current>[], extra: object = {}, pageSize?: number) {
  const params = request.url.searchParams;
  const members = wcoMembersOf(params.get('region'));
  const offset = Number(params.get('offset') ?? 0);
  const limit = pageSize ?? Number(params.get('limit') ?? 1000);
  const page = members.slice(offset, offset + limit);
  return {
    body: {
      grouping: 'wco',
      year: 2025,
      ...extra,
      items: items.filter((i) => page.includes(i.country)).sort((a, b) => a.country.localeCompare(b.country)),
      total: members.length,
      limit,
      offset,
    },
  };
}

describe('the map', () => {
  it('colours countries by their current assessment and opens a profile on click', async () => {
    signInAs('analyst');
    fakeApi({
      'GET /api/analytics/countries/map': (request) =>
        mapAnswer(request, request.url.searchParams.get('year') === '2025' ? [current('FRA', 2025, 72.5)] : []),
      'GET /api/countries/FRA/profile': () => ({ body: franceProfile }),
    });
    renderApp('/map?grouping=wco&year=2025&lang=en');

    const map = await screen.findByTestId('world-map', {}, { timeout: 5000 });
    const france = map.querySelector('path[data-iso3="FRA"]');
    expect(france?.getAttribute('data-state')).toBe('value');
    expect(map.querySelector('path[data-iso3="DEU"]')?.getAttribute('data-state')).toBe('notAssessed');
    // Not a member of any WCO region in the fixtures.
    expect(map.querySelector('path[data-iso3="USA"]')?.getAttribute('data-state')).toBe('outside');

    fireEvent.click(france!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Country profile: France' })).toBeTruthy();
    expect(window.location.pathname).toBe('/countries/FRA');
  });

  it('asks every page of a region with more members than a page, and colours the members of each', async () => {
    signInAs('analyst');
    const asked: string[] = [];
    fakeApi({
      'GET /api/analytics/countries/map': (request) => {
        asked.push(`${request.url.searchParams.get('region')} ${request.url.searchParams.get('offset')}`);
        // Europe's members by code: DEU ESP FRA ITA POL SWE, in pages of two.
        return mapAnswer(
          request,
          [current('DEU', 2025, 40), current('ITA', 2025, 55), current('SWE', 2025, 61)],
          {},
          2,
        );
      },
    });
    renderApp('/map?grouping=wco&year=2025&lang=en');
    const map = await screen.findByTestId('world-map', {}, { timeout: 5000 });
    for (const iso3 of ['DEU', 'ITA', 'SWE'])
      expect(map.querySelector(`path[data-iso3="${iso3}"]`)?.getAttribute('data-state')).toBe('value');
    expect(map.querySelector('path[data-iso3="FRA"]')?.getAttribute('data-state')).toBe('notAssessed');
    // The test's client keeps nothing fresh (staleTime 0): a page may be asked again by a second reader of it.
    expect([...new Set(asked.filter((a) => a.startsWith('EUR')))].sort()).toEqual(['EUR 0', 'EUR 2', 'EUR 4']);
  });

  it('tells national users what they see', async () => {
    signInAs('viewer');
    fakeApi({
      // Kenya shares its figures with members: the API sends its current assessment to every national user.
      'GET /api/analytics/countries/map': (request) =>
        mapAnswer(request, [current('FRA', 2024, 60), current('KEN', 2025, 47.5)], { protected: true }),
      'GET /api/analytics/maturity': maturityFor,
    });
    renderApp('/map?grouping=wco&year=2025&lang=en');
    expect((await screen.findByTestId('map-national-note')).textContent).toContain(
      'every country that shares its figures with members',
    );
    expect((await screen.findByTestId('protected-figures-notice')).textContent).toContain('Protected figures.');
    const map = await screen.findByTestId('world-map', {}, { timeout: 5000 });
    expect(map.querySelector('path[data-iso3="FRA"]')?.getAttribute('data-state')).toBe('value');
    // Germany shows Europe's mean, not its own figure.
    expect(map.querySelector('path[data-iso3="DEU"]')?.getAttribute('data-state')).toBe('value');
    fireEvent.click(screen.getByRole('button', { name: /Show as table/ }));
    const row = (await screen.findByTestId('country-table')).querySelector('tr[data-iso3="DEU"]');
    expect(row?.textContent).toContain('72.5');
    expect(row?.textContent).toContain('region mean');
    expect(row?.querySelector('a')).toBeNull();
    // Kenya shows its own figure, and its profile is open to them.
    const kenya = screen.getByTestId('country-table').querySelector('tr[data-iso3="KEN"]');
    expect(kenya?.textContent).toContain('47.5');
    expect(kenya?.textContent).not.toContain('region mean');
    expect(kenya?.querySelector('a')?.getAttribute('href')).toBe('/countries/KEN?grouping=wco&lang=en');
  });
});
