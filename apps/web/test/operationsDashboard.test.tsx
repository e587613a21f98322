import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from './fakeApi';
import { maturityVsOutcomes, wcoOperations } from './operationsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const PARTICIPATION = {
  grouping: 'wco',
  from: 2024,
  to: 2025,
  items: [
    { country: 'FRA', region: 'EUR', operations: 5, reported: 4 },
    { country: 'KEN', region: 'ESA', operations: 2, reported: 1 },
  ],
};

function serveDashboard() {
  return fakeApi({
    'GET /api/analytics/operations': () => ({ body: wcoOperations() }),
    'GET /api/analytics/operations/participation': () => ({ body: PARTICIPATION }),
  });
}

function openTable(name: RegExp) {
  fireEvent.click(screen.getByRole('button', { name }));
}

describe('the operations dashboard', () => {
  it('draws each outcome by region over time, a withheld figure said to be withheld, never a zero', async () => {
    signInAs('viewer');
    const api = serveDashboard();
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');

    const trends = await screen.findByTestId('outcome-trends');
    expect([...trends.querySelectorAll('li.small-multiple')].map((li) => li.getAttribute('data-metric'))).toEqual([
      'operations',
      'arrests',
      'seizureCases',
      'controlledDeliveries',
      'hitRate',
    ]);
    expect(trends.querySelectorAll('path.recharts-line-curve').length).toBeGreaterThan(0);
    expect(screen.getByTestId('outcomes-national-note').textContent).toContain('fewer than 3 of its countries');

    openTable(/Show as table: Arrests by region, 2024–2025/);
    const arrests = within(trends.querySelector<HTMLElement>('li[data-metric="arrests"]')!).getByRole('table');
    const [, row2024, row2025] = within(arrests).getAllByRole('row');
    expect(row2024?.querySelector('td[data-region="EUR"]')?.textContent).toBe('12');
    expect(row2024?.querySelector('td[data-region="WCA"]')?.textContent).toBe('0');
    expect(row2025?.querySelector('td[data-region="WCA"]')?.textContent).toBe('Withheld (fewer than 3 contributors)');

    openTable(/Show as table: Database hit rate by region/);
    const rates = within(trends.querySelector<HTMLElement>('li[data-metric="hitRate"]')!).getByRole('table');
    expect(within(rates).getAllByRole('row')[1]?.querySelector('td[data-region="EUR"]')?.textContent).toBe('2.0%');
    expect(within(rates).getAllByRole('row')[1]?.querySelector('td[data-region="ESA"]')?.textContent).toBe(
      'No queries',
    );

    expect(api.sent('GET', '/api/analytics/operations')[0]?.url.search).toBe('?grouping=wco&from=2024&to=2025');
  });

  it('keeps the filters in the address and sends them to the API', async () => {
    signInAs('analyst');
    const api = serveDashboard();
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');
    await screen.findByTestId('outcome-trends');

    const controls = within(screen.getByRole('form', { name: 'What to show' }));
    fireEvent.change(controls.getByLabelText('Commodity'), { target: { value: 'cocaine' } });
    fireEvent.change(controls.getByLabelText('Programme'), { target: { value: 'aircop' } });
    await waitFor(() => {
      expect(window.location.search).toBe('?grouping=wco&from=2024&to=2025&lang=en&commodity=cocaine&programme=aircop');
    });
    await waitFor(() => {
      expect(api.sent('GET', '/api/analytics/operations').at(-1)?.url.search).toBe(
        '?grouping=wco&from=2024&to=2025&programme=aircop&commodity=cocaine',
      );
    });
    // Participation counts operations, not seizures: the commodity does not apply to it.
    expect(api.sent('GET', '/api/analytics/operations/participation').at(-1)?.url.search).toBe(
      '?grouping=wco&from=2024&to=2025&programme=aircop',
    );
  });

  it('breaks seizures down by commodity within each unit, for the period or one year', async () => {
    signInAs('analyst');
    serveDashboard();
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');

    const groups = await screen.findByTestId('commodity-groups');
    expect([...groups.querySelectorAll('li[data-unit]')].map((li) => li.getAttribute('data-unit'))).toEqual([
      'kg',
      'pieces',
    ]);
    openTable(/Show as table: Quantities seized in kg, 2024–2025/);
    const kg = screen.getByTestId('commodity-table-kg');
    expect(kg.querySelector('tr[data-commodity="cocaine"]')?.textContent).toBe('Cocaine130.755');
    expect(kg.querySelector('tr[data-commodity="wildlife"]')?.textContent).toBe('Wildlife353');

    openTable(/Show as table: Hit rate by database, 2024–2025/);
    expect(screen.getByTestId('database-table').querySelector('tr[data-database="sltd"]')?.textContent).toBe(
      'Stolen and Lost Travel Documents (SLTD)1,500453.0%',
    );

    fireEvent.change(screen.getByLabelText('Period shown'), { target: { value: '2024' } });
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('detailYear')).toBe('2024');
    });
    expect(screen.getByRole('heading', { name: 'Seizures and database checks, 2024' })).toBeTruthy();
    expect(screen.getByTestId('commodity-groups').querySelectorAll('li[data-unit]')).toHaveLength(1);
  });
});

describe('the operations dashboard: national readers, participation and empty periods', () => {
  it('says which years a national reader’s totals leave out', async () => {
    signInAs('viewer');
    const withheldAll = wcoOperations();
    withheldAll.series = withheldAll.series.map((p) =>
      p.region === 'ALL' && p.year === 2025 ? { ...p, suppressed: true, quantities: null, databaseChecks: null } : p,
    );
    fakeApi({
      'GET /api/analytics/operations': () => ({ body: withheldAll }),
      'GET /api/analytics/operations/participation': () => ({
        body: { ...PARTICIPATION, items: [PARTICIPATION.items[0]] },
      }),
    });
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');
    expect((await screen.findByTestId('detail-withheld')).textContent).toContain('Figures withheld for 2025');
  });

  // The map's geometry is a lazily loaded chunk, slow to import in jsdom while other suites load the machine.
  it('colours the participants on the map, with a table of the same figures', { timeout: 30_000 }, async () => {
    signInAs('analyst');
    serveDashboard();
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');

    const map = await screen.findByTestId('world-map', {}, { timeout: 20_000 });
    expect(map.querySelector('path[data-iso3="FRA"]')?.getAttribute('data-state')).toBe('value');
    // A member of the grouping without any operation, and a country outside it.
    expect(map.querySelector('path[data-iso3="DEU"]')?.getAttribute('data-state')).toBe('notAssessed');
    expect(map.querySelector('path[data-iso3="USA"]')?.getAttribute('data-state')).toBe('outside');
    expect(screen.getByTestId('participation-section').textContent).toContain('No operation');

    openTable(/Show as table: Participation in operations, 2024–2025/);
    // Country names come with the reference data, which may arrive after the figures (codes meanwhile).
    await waitFor(() => {
      const rows = within(screen.getByTestId('participation-table')).getAllByRole('row').slice(1);
      expect(rows.map((r) => r.textContent)).toEqual(['FranceEurope54', 'KenyaEast and Southern Africa21']);
    });
  });

  it('says so when nothing was reported in the period', async () => {
    signInAs('analyst');
    const empty = wcoOperations();
    empty.series = empty.series.map((p) => ({ ...p, countries: 0 }));
    fakeApi({
      'GET /api/analytics/operations': () => ({ body: empty }),
      'GET /api/analytics/operations/participation': () => ({ body: { ...PARTICIPATION, items: [] } }),
    });
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');
    expect((await screen.findByTestId('outcomes-empty')).textContent).toContain('No results in this period');
  });
});

describe('maturity against outcomes', () => {
  it('prints r, ρ and n first, explains who is left out, and warns that correlation is not causation', async () => {
    signInAs('analyst');
    const api = fakeApi({
      'GET /api/analytics/maturity-vs-outcomes': (request) => ({
        body: maturityVsOutcomes({
          metric: request.url.searchParams.get('metric') === 'arrests' ? 'arrests' : 'seizureCases',
        }),
      }),
    });
    renderApp('/operations/maturity-vs-outcomes?grouping=wco&year=2025&lang=en');

    const figures = await screen.findByTestId('correlation-figures');
    expect(within(figures).getByTestId('pearson').textContent).toBe('+0.99');
    expect(within(figures).getByTestId('spearman').textContent).toBe('+1.00');
    expect(within(figures).getByTestId('pairs').textContent).toBe('3');
    expect(figures.textContent).toContain('Pearson’s r');
    expect(figures.textContent).toContain('Spearman’s ρ');
    expect(screen.getByTestId('correlation-excluded').textContent).toBe(
      '2 countries reported results but have no current assessment and are left out.',
    );
    const caveat = screen.getByTestId('correlation-caveat').textContent;
    expect(caveat).toContain('Correlation is not causation');
    expect(caveat).toContain('Reporting practices also differ between countries');
    // Three countries plotted; the key under the plot draws one marker per region besides.
    expect(screen.getByTestId('outcome-scatter').querySelectorAll('.recharts-wrapper path.region-symbol')).toHaveLength(
      3,
    );

    fireEvent.click(screen.getByRole('button', { name: /Show as table: Overall index against Seizure cases, 2025/ }));
    const rows = within(screen.getByTestId('outcome-points-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'FranceEurope72.514',
      'DEUEurope65.09',
      'KenyaEast and Southern Africa48.23',
    ]);

    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'arrests' } });
    await waitFor(() => {
      expect(window.location.search).toBe('?grouping=wco&year=2025&lang=en&outcome=arrests');
    });
    await waitFor(() => {
      expect(api.sent('GET', '/api/analytics/maturity-vs-outcomes').at(-1)?.url.search).toBe(
        '?grouping=wco&year=2025&metric=arrests',
      );
    });
    expect(await screen.findByRole('heading', { name: 'Overall index against Arrests, 2025' })).toBeTruthy();
  });

  it('says when a coefficient cannot be computed', async () => {
    signInAs('viewer');
    fakeApi({
      'GET /api/analytics/maturity-vs-outcomes': () => ({
        body: maturityVsOutcomes({
          points: [{ country: 'FRA', region: 'EUR', overall: 72.5, value: 14 }],
          pearson: null,
          spearman: null,
          n: 2,
          excluded: 0,
        }),
      }),
    });
    renderApp('/operations/maturity-vs-outcomes?grouping=wco&year=2025&lang=fr');
    const figures = await screen.findByTestId('correlation-figures');
    expect(within(figures).getByTestId('pearson').textContent).toBe('non calculé');
    expect(screen.queryByTestId('correlation-excluded')).toBeNull();
    expect(screen.getByTestId('scatter-national-note').textContent).toContain('les points de votre pays');
    expect(screen.getByTestId('correlation-caveat').textContent).toContain('Corrélation n’est pas causalité');
  });
});
