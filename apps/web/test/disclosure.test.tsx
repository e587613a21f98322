import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { MaturityResponse } from '@cpc/domain';
import { franceProfile } from './analyticsFixtures';
import { catchDownloads } from './downloads';
import { fakeApi } from './fakeApi';
import { wcoMaturity } from './fixtures';
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
    // Only a highlighted region's band by default; every region's when asked for.
    expect(chart.getAttribute('data-band')).toBe('false');
    fireEvent.click(screen.getByLabelText('Show every region’s interquartile range'));
    await waitFor(() => {
      expect(chart.getAttribute('data-band')).toBe('true');
    });
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
