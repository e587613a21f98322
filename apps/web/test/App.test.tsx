import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { emptyMaturity } from './fixtures';
import { fakeApi } from './fakeApi';
import { maturityRoutes, serveFixtures } from './maturityRoutes';
import { renderApp } from './renderApp';
import { signInAs } from './session';

/** The page at `url` (the overview by default), rendered as the app renders it. */
const renderPage = (url = '/') => renderApp(url);

function bodyRows() {
  const table = screen.getByTestId('coverage-table');
  return within(table).getAllByRole('row').slice(1);
}

function rowTexts(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  // The dashboard is for signed-in users; the sign-in itself is tested in login.test.tsx.
  signInAs('analyst');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App: cooperation maturity page, signed in', () => {
  it('shows the demo banner, one line per region and the coverage table', async () => {
    const { fetchMock } = fakeApi(maturityRoutes());
    renderPage();

    expect(await screen.findByTestId('demo-banner')).toHaveProperty(
      'textContent',
      expect.stringContaining('Synthetic demo data'),
    );
    const chart = await screen.findByTestId('maturity-chart');
    expect(chart.dataset.regions).toBe('ESA,EUR,AP,MENA,AMS,WCA');
    expect(chart.querySelectorAll('path.recharts-line-curve')).toHaveLength(6);

    expect(screen.getByRole('heading', { name: 'Coverage in 2025' })).toBeTruthy();
    const rows = bodyRows();
    // Six regions, then the all-members footer row.
    expect(rows.map((r) => r.dataset.region)).toEqual(['ESA', 'EUR', 'AP', 'MENA', 'AMS', 'WCA', 'ALL']);
    const [esa, , , mena] = rows;
    expect(within(esa!).getByRole('rowheader').textContent).toBe('East and Southern Africa');
    expect(rowTexts(esa!)).toEqual(['2/5', '40% (low coverage)', '40.0', '40.0', '35.0–45.0']);
    expect(rowTexts(mena!)).toEqual(['0/3', '0%', 'Not assessed']);
    expect(rowTexts(rows[6]!)).toEqual(['14/26', '54%', '58.1', '60.0', '45.0–70.0']);

    const maturityUrls = fetchMock.mock.calls.map(([input]) => input).filter((u) => u.includes('maturity'));
    expect(maturityUrls).toContain('/api/analytics/maturity?grouping=wco&from=2016&to=2026');
    expect(window.location.search).toBe('?grouping=wco&from=2016&to=2026&lang=en');
  });

  it('switches to French and keeps the language in the URL', async () => {
    fakeApi(maturityRoutes());
    renderPage('/?grouping=wco&from=2020&to=2025');
    await screen.findByTestId('coverage-table');

    fireEvent.click(screen.getByRole('link', { name: 'FR Français' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble de la maturité de la coopération' }),
    ).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByTestId('demo-banner').textContent).toContain('Données de démonstration synthétiques');
    expect(screen.getByRole('heading', { name: 'Couverture en 2025' })).toBeTruthy();
    const [esa, , ap] = bodyRows();
    expect(within(esa!).getByRole('rowheader').textContent).toBe('Afrique orientale et australe');
    // French number formatting: decimal comma.
    expect(rowTexts(ap!)[2]).toBe('55,3');
    expect(screen.getByRole('link', { name: 'FR Français' }).getAttribute('aria-current')).toBe('true');
  });

  it('restores the previous view on browser back', async () => {
    fakeApi(maturityRoutes());
    renderPage();
    await screen.findByTestId('coverage-table');

    fireEvent.change(screen.getByLabelText('Regional grouping'), { target: { value: 'un' } });
    await waitFor(() => {
      expect(screen.getByTestId('maturity-chart').dataset.regions).toBe('AFR,AME,ASI,EUR,OCE');
    });
    expect(new URLSearchParams(window.location.search).get('grouping')).toBe('un');

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
      });
    });
    await waitFor(() => {
      expect(screen.getByTestId('maturity-chart').dataset.regions).toBe('ESA,EUR,AP,MENA,AMS,WCA');
    });
    expect(screen.getByLabelText<HTMLSelectElement>('Regional grouping').value).toBe('wco');
  });
});

describe('App: cooperation maturity page, signed in: address, options and failures', () => {
  it('replaces an unknown grouping in the URL with the default', async () => {
    fakeApi(maturityRoutes());
    renderPage('/?grouping=atlantis&lang=fr');
    await screen.findByTestId('coverage-table');
    expect(new URLSearchParams(window.location.search).get('grouping')).toBe('wco');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('fr');
  });

  it('draws the dashed all-members line only when asked to', async () => {
    fakeApi(maturityRoutes());
    renderPage('/?all=1');
    const chart = await screen.findByTestId('maturity-chart');
    expect(chart.dataset.regions).toBe('ESA,EUR,AP,MENA,AMS,WCA,ALL');
    expect(chart.querySelectorAll('path.recharts-line-curve')).toHaveLength(7);

    fireEvent.click(screen.getByLabelText('Show the all-members average'));
    await waitFor(() => {
      expect(screen.getByTestId('maturity-chart').dataset.regions).toBe('ESA,EUR,AP,MENA,AMS,WCA');
    });
    expect(window.location.search).not.toContain('all=');
  });

  it('says so when the period has no assessment', async () => {
    fakeApi(maturityRoutes(() => ({ body: emptyMaturity })));
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No assessments in this period' })).toBeTruthy();
    expect(screen.queryByTestId('maturity-chart')).toBeNull();
  });

  it("shows the API's error message and retries", async () => {
    let fail = true;
    // Only the regional chart's request (the whole period) fails; the headline figures' succeeds.
    fakeApi(
      maturityRoutes((params) =>
        fail && params.get('from') === '2016'
          ? {
              status: 400,
              body: {
                statusCode: 400,
                message: 'Invalid query',
                errors: [{ field: 'to', message: 'to must be between 1990 and 2100' }],
              },
            }
          : serveFixtures(params),
      ),
    );
    renderPage();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Invalid query (to: to must be between 1990 and 2100)');
    expect(alert.textContent).toContain('Server status 400');

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('coverage-table')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
