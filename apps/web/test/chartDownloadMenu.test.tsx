import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { catchDownloads, csvReply } from './downloads';
import { fakeApi, type FakeRequest } from './fakeApi';
import { wcoMaturity } from './fixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';
import { levelsOf } from './maturityRoutes';

beforeEach(() => {
  signInAs('analyst');
});

const LEVELS_CSV = 'region,year,levels.1\r\nALL,2025,3\r\n';

function serveOverview() {
  return fakeApi({
    'GET /api/analytics/maturity': () => ({ body: wcoMaturity }),
    'GET /api/analytics/levels': (request: FakeRequest) =>
      request.url.searchParams.get('format') === 'csv'
        ? csvReply('levels_wco_2024-2025_computed_2026-11-27.csv', LEVELS_CSV)
        : { body: levelsOf(wcoMaturity) },
  });
}

async function levelsMenuButton() {
  const section = await screen.findByTestId('levels-section');
  await within(section).findByTestId('level-chart');
  return within(section).getByRole('button', { name: /^Download: / });
}

const menuItems = () => within(screen.getByRole('menu')).getAllByRole('menuitem');

describe('a chart’s download menu', () => {
  it('opens from the keyboard, moves with the arrows, Home and End, and closes with Escape back on its button', async () => {
    serveOverview();
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');
    const button = await levelsMenuButton();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');

    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const items = menuItems();
    expect(items.map((item) => item.textContent)).toEqual([
      'Image (PNG)',
      'Vector image (SVG)',
      'Data (CSV)',
      'Data (Excel, XLSX)',
      'Data with its notes (CSV, metadata and README in a ZIP)',
    ]);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(screen.getByRole('menu').id);
    expect(document.activeElement).toBe(items[0]);

    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(menuItems()[1]);
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(menuItems()[4]);
    // The arrows wrap round.
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(menuItems()[0]);
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(menuItems()[4]);
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(document.activeElement).toBe(menuItems()[0]);
    // Only the focused action is in the tab order.
    expect(menuItems().map((item) => item.tabIndex)).toEqual([0, -1, -1, -1, -1]);

    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    // The up arrow opens it on the last action; Tab leaves it closed.
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(menuItems()[4]);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens on a click (Enter and Space click a button) and closes on a click elsewhere', async () => {
    serveOverview();
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');
    const button = await levelsMenuButton();
    fireEvent.click(button);
    expect(document.activeElement).toBe(menuItems()[0]);
    fireEvent.pointerDown(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('downloads the chart’s figures as the API’s CSV of the same query, named by the API', async () => {
    const files = catchDownloads();
    const api = serveOverview();
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');
    const button = await levelsMenuButton();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Data (CSV)' }));

    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const request = api.requests.find((r) => r.url.searchParams.has('format'));
    expect(`${request?.path}${request?.url.search}`).toBe(
      '/api/analytics/levels?grouping=wco&from=2024&to=2025&kind=computed&format=csv&bom=true&dialect=excel&lang=en',
    );
    // Fetched with the session cookie, and no token in a header.
    expect(request?.credentials).toBe('same-origin');
    expect(request?.authorization).toBeNull();
    expect(files[0]?.name).toBe('levels_wco_2024-2025_computed_2026-11-27.csv');
    expect(await files[0]?.blob.text()).toBe(LEVELS_CSV);
    expect(document.activeElement).toBe(button);
  });

  it('says so when the download fails, with the API’s reason', async () => {
    catchDownloads();
    fakeApi({
      'GET /api/analytics/maturity': () => ({ body: wcoMaturity }),
      'GET /api/analytics/levels': (request: FakeRequest) =>
        request.url.searchParams.has('format')
          ? { status: 400, body: { statusCode: 400, message: 'format must be one of json, csv, xlsx' } }
          : { body: levelsOf(wcoMaturity) },
    });
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');
    fireEvent.click(await levelsMenuButton());
    fireEvent.click(screen.getByRole('menuitem', { name: 'Data (Excel, XLSX)' }));
    const section = screen.getByTestId('levels-section');
    await waitFor(() => {
      expect(section.querySelector('.download-status')?.textContent).toBe(
        'The download failed: format must be one of json, csv, xlsx',
      );
    });
  });
});
