import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { franceProfile } from './analyticsFixtures';
import { catchDownloads, today } from './downloads';
import { fakeApi, type FakeRequest } from './fakeApi';
import { wcoMaturity } from './fixtures';
import { wcoOperations } from './operationsFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';
import { levelsOf } from './maturityRoutes';

beforeEach(() => {
  signInAs('analyst');
});

/** The export requests the page sent: path and query string exactly. */
const exportRequests = (requests: readonly FakeRequest[]) =>
  requests.filter((r) => r.url.searchParams.has('format')).map((r) => `${r.path}${r.url.search}`);

async function exportPage(format: 'CSV for Excel' | 'Excel workbook (XLSX)') {
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  fireEvent.click(screen.getByRole('menuitem', { name: format }));
}

describe('the Export control of a page', () => {
  it('asks for the overview’s figures with the address’s filters, as a CSV with a byte-order mark', async () => {
    const files = catchDownloads();
    const api = fakeApi({
      'GET /api/analytics/maturity': () => ({ body: wcoMaturity }),
      'GET /api/analytics/levels': () => ({ body: levelsOf(wcoMaturity) }),
    });
    renderApp('/?grouping=wco&from=2024&to=2025&status=validated&dimension=liaison&lang=en');
    await screen.findByTestId('maturity-chart');
    await exportPage('CSV for Excel');

    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    expect(exportRequests(api.requests)).toEqual([
      '/api/analytics/maturity?grouping=wco&from=2024&to=2025&dimension=liaison&status=validated&format=csv&bom=true&dialect=excel&lang=en',
    ]);
    // Named like the API's file when the API does not name it.
    expect(files[0]?.name).toBe(`maturity_wco_2024-2025_liaison_${today()}.csv`);
  });

  it('asks for the operations dashboard’s figures with its programme and commodity, as XLSX', async () => {
    catchDownloads();
    const api = fakeApi({
      'GET /api/analytics/operations': () => ({ body: wcoOperations() }),
      'GET /api/analytics/operations/participation': () => ({
        body: { grouping: 'wco', from: 2024, to: 2025, items: [] },
      }),
    });
    renderApp('/operations/dashboard?grouping=wco&from=2024&to=2025&programme=aircop&commodity=cocaine&lang=en');
    await screen.findByTestId('outcome-trends');
    await exportPage('Excel workbook (XLSX)');
    await waitFor(() => {
      expect(exportRequests(api.requests)).toEqual([
        '/api/analytics/operations?grouping=wco&from=2024&to=2025&programme=aircop&commodity=cocaine&format=xlsx&lang=en',
      ]);
    });
  });

  it('asks for a country’s profile with its grouping and status', async () => {
    catchDownloads();
    const api = fakeApi({ 'GET /api/countries/FRA/profile': () => ({ body: franceProfile }) });
    renderApp('/countries/FRA?grouping=wco&status=validated&lang=fr');
    await screen.findByTestId('trajectory-chart');
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Classeur Excel (XLSX)' }));
    await waitFor(() => {
      expect(exportRequests(api.requests)).toEqual([
        '/api/countries/FRA/profile?grouping=wco&status=validated&format=xlsx&lang=fr',
      ]);
    });
  });

  it('asks for the methodology the page shows, so the file’s metadata names it', async () => {
    catchDownloads();
    const api = fakeApi({
      'GET /api/countries/FRA/profile': () => ({ body: { ...franceProfile, methodologyVersion: 'v2' } }),
    });
    renderApp('/countries/FRA?grouping=wco&methodology=v2&lang=en');
    await screen.findByTestId('trajectory-chart');
    await exportPage('Excel workbook (XLSX)');
    await waitFor(() => {
      expect(exportRequests(api.requests)).toEqual([
        '/api/countries/FRA/profile?grouping=wco&methodology=v2&format=xlsx&lang=en',
      ]);
    });
  });

  it('asks for the CSV with its metadata and README as a ZIP, in the page’s language', async () => {
    catchDownloads();
    const api = fakeApi({ 'GET /api/countries/FRA/profile': () => ({ body: franceProfile }) });
    renderApp('/countries/FRA?grouping=wco&lang=es');
    await screen.findByTestId('trajectory-chart');
    fireEvent.click(screen.getByRole('button', { name: 'Exportar' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'CSV con metadatos y README (ZIP)' }));
    await waitFor(() => {
      expect(exportRequests(api.requests)).toEqual([
        '/api/countries/FRA/profile?grouping=wco&format=zip&bom=true&dialect=excel&lang=es',
      ]);
    });
  });
});

describe('a chart’s picture', () => {
  it('is the drawn chart as a standalone SVG named like the API’s file, with its title and viewBox', async () => {
    const files = catchDownloads();
    fakeApi({ 'GET /api/analytics/maturity': () => ({ body: wcoMaturity }) });
    renderApp('/compare?grouping=wco&from=2024&to=2025&year=2025&lang=en');
    const governance = (await screen.findByTestId('small-multiples')).querySelector<HTMLElement>(
      'li[data-dimension="governance"]',
    )!;
    fireEvent.click(within(governance).getByRole('button', { name: /^Download: / }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Vector image (SVG)' }));

    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    expect(files[0]?.name).toBe(`maturity_wco_2024-2025_governance_${today()}.svg`);
    expect(files[0]?.blob.type).toBe('image/svg+xml;charset=utf-8');
    const svg = new DOMParser().parseFromString(await files[0]!.blob.text(), 'image/svg+xml').documentElement;
    const caption = within(governance).getByRole('img').getAttribute('aria-label')!;
    expect(svg.querySelector('title')?.textContent).toBe(caption);
    expect(svg.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 320 190');
    expect(svg.querySelectorAll('g.series path').length).toBeGreaterThan(0);
  });
});
