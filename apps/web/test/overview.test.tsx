import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './renderApp';
import { fakeApi } from './fakeApi';
import { maturityRoutes, serveFixtures } from './maturityRoutes';
import { signInAs } from './session';

beforeEach(() => {
  signInAs('analyst');
});

const maturityRequests = (fetchMock: ReturnType<typeof fakeApi>['fetchMock']) =>
  fetchMock.mock.calls.map(([input]) => input).filter((u) => u.startsWith('/api/analytics/maturity'));

describe('the overview', () => {
  it('states the headline figures of the last year, each with its year and definition', async () => {
    const { fetchMock } = fakeApi(maturityRoutes());
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');

    const assessed = await screen.findByTestId('headline-assessed');
    // The year before is fetched with the year, for the change.
    expect(maturityRequests(fetchMock)).toContain('/api/analytics/maturity?grouping=wco&from=2024&to=2025');
    expect(within(assessed).getByText('Administrations assessed in 2025', { exact: false })).toBeTruthy();
    expect(within(assessed).getByText('14')).toBeTruthy();
    expect(assessed.textContent).toContain('of 26 members (54% coverage)');
    expect(screen.getByTestId('headline-mean').textContent).toContain('58.1');
    // Levels 3–5 of ALL in 2025: 4 + 2 + 1 = 7 of 14.
    expect(screen.getByTestId('headline-level3').textContent).toContain('50%');
    expect(screen.getByTestId('headline-level3').textContent).toContain('7 of 14 assessed');
    // 58.1 − 60.8, and 14 − 9 assessed.
    expect(screen.getByTestId('headline-change').textContent).toContain('-2.7 points');
    expect(screen.getByTestId('headline-change').textContent).toContain('5 more administrations assessed than in 2024');

    const definition = within(assessed).getByRole('button', { name: /Definition/ });
    fireEvent.click(definition);
    expect(screen.getByRole('tooltip').textContent).toContain('dated 2023 to 2025');
  });

  it('draws the levels by year with the not assessed as their own category, and the same figures as a table', async () => {
    fakeApi(maturityRoutes());
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');
    const section = await screen.findByTestId('levels-section');
    await within(section).findByTestId('level-chart');
    expect(section.querySelectorAll('[data-year="2025"] .segment-notAssessed')).toHaveLength(1);

    fireEvent.click(within(section).getByRole('button', { name: /Show as table/ }));
    const row = within(section).getByTestId('level-table').querySelector('tr[data-year="2025"]');
    const cells = [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    // Levels 1–5, withheld, not assessed (26 − 14), members.
    expect(cells).toEqual(['3', '4', '4', '2', '1', '0', '12', '26']);
  });

  it('asks for a dimension named in the address, and titles the chart with it', async () => {
    // The API answers with the dimension it computed.
    const { fetchMock } = fakeApi(
      maturityRoutes((params) => {
        const reply = serveFixtures(params);
        return { ...reply, body: { ...(reply.body as object), dimension: params.get('dimension') } };
      }),
    );
    renderApp('/?grouping=wco&from=2024&to=2025&dimension=liaison&lang=en');
    await screen.findByRole('heading', { name: 'Mean score for “Liaison officers” by region, 2024–2025' });
    expect(maturityRequests(fetchMock)).toContain(
      '/api/analytics/maturity?grouping=wco&from=2024&to=2025&dimension=liaison',
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Measure').value).toBe('liaison');
  });

  it('counts validated assessments only when asked to, and says so in the address', async () => {
    const { fetchMock } = fakeApi(maturityRoutes());
    renderApp('/?grouping=wco&from=2024&to=2025&lang=en');
    await screen.findByTestId('maturity-chart');

    fireEvent.click(screen.getByLabelText('Validated assessments only'));
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('status')).toBe('validated');
    });
    await waitFor(() => {
      expect(maturityRequests(fetchMock)).toContain(
        '/api/analytics/maturity?grouping=wco&from=2024&to=2025&status=validated',
      );
    });
    const levels = fetchMock.mock.calls.map(([input]) => input).filter((u) => u.startsWith('/api/analytics/levels'));
    expect(levels).toContain('/api/analytics/levels?grouping=wco&from=2024&to=2025&kind=computed&status=validated');
  });
});
