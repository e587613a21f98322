import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { OperationUnitsResponse, UnitOutcomesResponse } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { maturityVsOutcomes, wcoOperations } from './operationsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const ALL = { en: 'All members', fr: 'Tous les membres' };

/** Two years of the whole grouping: airport task forces and port control units, 2025's task forces withheld. */
const BY_TYPE: OperationUnitsResponse = {
  methodologyVersion: 'v1',
  grouping: 'wco',
  from: 2024,
  to: 2025,
  protected: false,
  series: [
    {
      region: 'ALL',
      regionName: ALL,
      year: 2024,
      unitType: 'aircop_jaitf',
      countries: 4,
      units: 4,
      results: 11,
      arrests: 196,
      seizureCases: 130,
      suppressed: false,
    },
    {
      region: 'ALL',
      regionName: ALL,
      year: 2024,
      unitType: 'ccp_pcu',
      countries: 7,
      units: 7,
      results: 8,
      arrests: 96,
      seizureCases: 223,
      suppressed: false,
    },
    {
      region: 'ALL',
      regionName: ALL,
      year: 2025,
      unitType: 'ccp_pcu',
      countries: 5,
      units: 5,
      results: 5,
      arrests: 1_250_000,
      seizureCases: 58,
      suppressed: false,
    },
    {
      region: 'ALL',
      regionName: ALL,
      year: 2025,
      unitType: 'aircop_jaitf',
      countries: null,
      units: null,
      results: null,
      arrests: null,
      seizureCases: null,
      suppressed: true,
    },
  ],
};

const BY_UNIT: UnitOutcomesResponse = {
  methodologyVersion: 'v1',
  grouping: 'wco',
  from: 2024,
  to: 2025,
  protected: false,
  items: [
    {
      unitId: 'u-fra',
      country: 'FRA',
      region: 'EUR',
      site: 'CDG',
      unitType: 'aircop_jaitf',
      results: 3,
      arrests: 40,
      seizureCases: 12,
    },
    {
      unitId: 'u-ken',
      country: 'KEN',
      region: 'ESA',
      site: 'KEMBA',
      unitType: 'ccp_pcu',
      results: 7,
      arrests: 5,
      seizureCases: 30,
    },
  ],
};

function serveUnits() {
  return fakeApi({
    'GET /api/analytics/operations': () => ({ body: wcoOperations() }),
    'GET /api/analytics/operations/participation': () => ({
      body: { grouping: 'wco', from: 2024, to: 2025, items: [] },
    }),
    'GET /api/analytics/operations/units': () => ({ body: BY_TYPE }),
    'GET /api/analytics/operations/units/list': () => ({ body: BY_UNIT }),
    'GET /api/instruments': () => ({
      body: { instruments: [{ id: 'u-fra', kind: 'joint_unit', country: 'FRA', title: 'CAAT Paris' }] },
    }),
  });
}

describe('outcomes by joint unit on the operations dashboard', () => {
  it('adds up each unit type over the period and lists the units, sortable', { timeout: 90_000 }, async () => {
    signInAs('analyst');
    const api = serveUnits();
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');

    const section = await screen.findByTestId('units-section', {}, { timeout: 40_000 });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Outcomes by joint unit, 2024–2025');
    expect(section.textContent).toContain('How to read this chart');
    expect((await within(section).findByTestId('units-withheld')).textContent).toContain('Figures withheld for 2025');

    fireEvent.click(within(section).getByRole('button', { name: /Show as table: Results by joint-unit type/ }));
    const types = within(section).getByTestId('unit-type-table');
    // Task forces: 2024 only (2025 withheld); port units: 8 + 5 results, 96 + 1,250,000 arrests, 223 + 58 cases.
    expect(types.querySelector('tr[data-unit-type="aircop_jaitf"]')?.textContent).toBe(
      'AIRCOP airport task force (JAITF)11196130',
    );
    expect(types.querySelector('tr[data-unit-type="ccp_pcu"]')?.textContent).toBe(
      'CCP port control unit131,250,096281',
    );

    const units = await within(section).findByTestId('units-table');
    const names = () => [...units.querySelectorAll('tbody th')].map((th) => th.textContent);
    await waitFor(() => {
      expect(names()).toEqual(['KEMBA', 'CAAT Paris']);
    });
    expect(units.querySelector('tr[data-unit="u-fra"]')?.textContent).toBe(
      'CAAT ParisAIRCOP airport task force (JAITF)CDGFranceEurope34012',
    );
    fireEvent.click(within(units).getByRole('button', { name: /Arrests/ }));
    expect(names()).toEqual(['CAAT Paris', 'KEMBA']);
    expect(
      within(units)
        .getByRole('columnheader', { name: /Arrests/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');

    expect(api.sent('GET', '/api/analytics/operations/units')[0]?.url.search).toBe('?grouping=wco&from=2024&to=2025');
    expect(api.sent('GET', '/api/analytics/operations/units/list')[0]?.url.search).toBe(
      '?grouping=wco&from=2024&to=2025',
    );
  });

  it('labels bars in compact notation, the exact figure in the table', { timeout: 90_000 }, async () => {
    signInAs('analyst');
    serveUnits();
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&lang=en');
    const section = await screen.findByTestId('units-section', {}, { timeout: 40_000 });
    fireEvent.change(await within(section).findByLabelText('Figure shown'), { target: { value: 'arrests' } });
    const chart = within(section).getByTestId('unit-type-chart');
    await waitFor(() => {
      expect([...chart.querySelectorAll('.recharts-label-list text')].map((t) => t.textContent)).toEqual([
        '1.25m',
        '196',
      ]);
    });
  });
});

describe('maturity against outcomes for a viewer who sees one country', () => {
  it('names the point, keeps the full index scale and draws the region beside it', { timeout: 90_000 }, async () => {
    signInAs('viewer');
    fakeApi({
      'GET /api/analytics/maturity-vs-outcomes': () => ({
        body: maturityVsOutcomes({
          protected: true,
          points: [{ country: 'FRA', region: 'EUR', overall: 79.4, value: 50 }],
          pearson: null,
          spearman: null,
          n: null,
          excluded: null,
        }),
      }),
      'GET /api/analytics/maturity': () => ({
        body: {
          protected: true,
          series: [
            { region: 'EUR', regionName: { en: 'Europe', fr: 'Europe' }, year: 2025, mean: 70.5, suppressed: false },
          ],
        },
      }),
      'GET /api/analytics/operations': () => ({
        body: {
          ...wcoOperations(),
          protected: true,
          series: [{ region: 'EUR', year: 2025, countries: 20, seizureCases: 342, suppressed: false }],
        },
      }),
    });
    renderApp('/operations/maturity-vs-outcomes?grouping=wco&year=2025&lang=en');

    // 342 cases over 20 reporting countries: 17.1 a country.
    expect((await screen.findByTestId('scatter-viewer-note', {}, { timeout: 40_000 })).textContent).toBe(
      'You see France: overall index 79.4 and 50 (seizure cases) in 2025. The hollow diamond is Europe as a whole: the mean index of its assessed members, 70.5, and their seizure cases per reporting country, 17.1. Both axes keep their full scales (0–100 for the index), so the distance reads as it would among all members.',
    );
    const legend = screen.getByTestId('scatter-named-legend');
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'France (Europe)',
      'Europe, all members (reference)',
    ]);
    const scatter = screen.getByTestId('outcome-scatter');
    // The index axis (drawn first) spans 0–100 whatever the one point; then the outcome's axis from 0.
    const ticks = [...scatter.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    expect(ticks.slice(0, 7)).toEqual(['0', '20', '40', '60', '80', '100', '0']);
    expect([...scatter.querySelectorAll('text.recharts-label')].map((t) => t.textContent)).toEqual([
      'Overall maturity index',
      'France',
      'Europe',
    ]);
  });
});
