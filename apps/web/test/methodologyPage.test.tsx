import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  DIMENSIONS,
  type CurrentAssessmentsResponse,
  type MaturityResponse,
  type MethodologyResponse,
} from '@cpc/domain';
import { fakeApi, type FakeHandler } from './fakeApi';
import { wcoMaturity } from './fixtures';
import { maturityRoutes } from './maturityRoutes';
import { renderApp } from './renderApp';
import { signInAs } from './session';

/** v2's 2025 means: EUR 70 (1st, as under v1), AP 64 (3rd → 2nd), AMS 60 (2nd → 3rd), WCA 43 (5th → 4th), ESA 41 (4th → 5th). */
const V2_MEANS: Record<string, number> = { EUR: 70, AP: 64, AMS: 60, WCA: 43, ESA: 41 };

const maturityV2: MaturityResponse = {
  ...wcoMaturity,
  methodologyVersion: 'v2',
  series: wcoMaturity.series.map((p) =>
    p.year === 2025 && V2_MEANS[p.region] ? { ...p, mean: V2_MEANS[p.region]! } : p,
  ),
};

const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, 50])) as Record<(typeof DIMENSIONS)[number], number>;
const current = (methodologyVersion: 'v1' | 'v2', overall: number, level: number): CurrentAssessmentsResponse => ({
  methodologyVersion,
  grouping: 'wco',
  year: 2025,
  protected: false,
  items: [
    {
      id: 'a-fra',
      country: 'FRA',
      region: 'EUR',
      year: 2024,
      status: 'validated',
      scores: { overall, level, selfLevel: 3, dimensions },
    },
  ],
  total: 1,
  limit: 1000,
  offset: 0,
});

/**
 * The list of a grouping of `members.length` members, answered `limit` members a page as the API answers: each
 * member of the page with an assessment (those given an index) appears, with that index as its v1 overall score.
 */
function pagedCurrent(members: { country: string; overall: number | null }[], limit: number): FakeHandler {
  return (request) => {
    const offset = Number(request.url.searchParams.get('offset') ?? '0');
    const page = members.slice(offset, offset + limit).filter((m) => m.overall !== null);
    const base = current('v1', 0, 1);
    return {
      body: {
        ...base,
        items: page.map((m) => ({
          ...base.items[0]!,
          id: `a-${m.country}`,
          country: m.country,
          scores: { ...base.items[0]!.scores, overall: m.overall! },
        })),
        total: members.length,
        limit,
        offset,
      },
    };
  };
}

const decision = (overrides: Partial<MethodologyResponse> = {}): MethodologyResponse => ({
  versions: [
    {
      version: 'v1',
      title: { en: 'Methodology v1', fr: 'Méthodologie v1' },
      summary: { en: 'The first.', fr: 'La première.' },
      scored: true,
    },
    {
      version: 'v2',
      title: { en: 'Methodology v2', fr: 'Méthodologie v2' },
      summary: { en: 'Items weigh the same.', fr: 'Même poids.' },
      scored: true,
    },
  ],
  default: 'v1',
  adoptedAt: null,
  adoptedBy: null,
  reason: null,
  ...overrides,
});

function comparisonRoutes(extra: Record<string, FakeHandler> = {}): Record<string, FakeHandler> {
  return {
    ...maturityRoutes((params) => ({ body: params.get('methodology') === 'v2' ? maturityV2 : wcoMaturity })),
    'GET /api/analytics/countries': (request) =>
      request.url.searchParams.get('methodology') === 'v2'
        ? { body: current('v2', 58.4, 3) }
        : { body: current('v1', 62.5, 4) },
    'GET /api/methodology': () => ({ body: decision() }),
    ...extra,
  };
}

describe('v1 and v2 compared', () => {
  beforeEach(() => {
    signInAs('analyst');
  });

  it('ranks the regions under each version from the maturity view of each, highlighting the ranks that change', async () => {
    const api = fakeApi(comparisonRoutes());
    renderApp('/methodology?lang=en&year=2025');
    const table = await screen.findByTestId('methodology-rank-table');
    const cells = (code: string) =>
      within(table.querySelector(`tr[data-region="${code}"]`) as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('EUR')).toEqual(['72.5', '1', '70.0', '1', 'unchanged']);
    expect(cells('AP')).toEqual(['55.3', '3', '64.0', '2', '↑1up 1 under v2']);
    expect(cells('ESA')).toEqual(['40.0', '4', '41.0', '5', '↓1down 1 under v2']);
    expect(cells('MENA')).toEqual(['no figure', '—', 'no figure', '—', 'not comparable']);
    expect(table.querySelectorAll('tr.rank-changed')).toHaveLength(4);
    const asked = api.sent('GET', '/api/analytics/maturity').map((r) => r.url.searchParams.get('methodology'));
    expect(asked).toEqual(expect.arrayContaining(['v1', 'v2']));
  });

  it('shows a country the analyst picks under each version, with the difference', async () => {
    fakeApi(comparisonRoutes());
    renderApp('/methodology?lang=en&year=2025');
    fireEvent.change(await screen.findByLabelText('Country'), { target: { value: 'FRA' } });
    const table = await screen.findByTestId('methodology-country-table');
    expect(window.location.search).toContain('country=FRA');
    expect(within(table).getByText('62.5')).toBeTruthy();
    expect(within(table).getByText('58.4')).toBeTruthy();
    expect(
      within(screen.getByTestId('methodology-country-difference'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['-4.1', '-1']);
  });

  it('reads every page of a grouping larger than a page, and offers the assessed countries of all of them', async () => {
    const members = [
      { country: 'AUT', overall: 40.5 },
      { country: 'BEL', overall: null },
      { country: 'DEU', overall: 51.25 },
      { country: 'ESP', overall: null },
      { country: 'FRA', overall: 62.5 },
    ];
    const api = fakeApi(comparisonRoutes({ 'GET /api/analytics/countries': pagedCurrent(members, 2) }));
    renderApp('/methodology?lang=en&year=2025&country=FRA');
    const table = await screen.findByTestId('methodology-country-table');
    expect(within(table).getAllByText('62.5').length).toBeGreaterThan(0);
    const select = screen.getByLabelText<HTMLSelectElement>('Country');
    expect(
      [...select.options]
        .map((o) => o.value)
        .filter(Boolean)
        .sort(),
    ).toEqual(['AUT', 'DEU', 'FRA']);
    const offsets = api
      .sent('GET', '/api/analytics/countries')
      .filter((r) => r.url.searchParams.get('methodology') === 'v1')
      .map((r) => `${r.url.searchParams.get('offset') ?? '0'} of ${r.url.searchParams.get('limit')}`);
    expect(offsets).toEqual(['0 of 1000', '2 of 1000', '4 of 1000']);
  });

  it('shows the decision read-only to an analyst', async () => {
    fakeApi(comparisonRoutes());
    renderApp('/methodology?lang=en');
    expect((await screen.findByTestId('methodology-default')).textContent).toContain('Methodology v1');
    expect(screen.queryByTestId('adopt-methodology-form')).toBeNull();
    expect(screen.getByTestId('site-footer-text').textContent).toContain('Methodologies v1 and v2.');
  });
});

describe('adopting a methodology', () => {
  it('lets an admin adopt v2 with a reason, then shows the new default and who adopted it', async () => {
    signInAs('admin');
    const adopted = decision({
      default: 'v2',
      adoptedAt: '2026-12-05T08:00:00.000Z',
      adoptedBy: 'admin@example.org',
      reason: 'Board decision',
    });
    let saved = false;
    const api = fakeApi(
      comparisonRoutes({
        'GET /api/methodology': () => ({ body: saved ? adopted : decision() }),
        'PUT /api/methodology/default': () => {
          saved = true;
          return { body: adopted };
        },
      }),
    );
    renderApp('/methodology?lang=en');
    const form = await screen.findByTestId('adopt-methodology-form');
    fireEvent.change(within(form).getByLabelText('Reason for the decision'), { target: { value: 'Board decision' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Adopt as the default' }));
    await waitFor(() => {
      expect(screen.getByTestId('methodology-default').textContent).toContain('Methodology v2');
    });
    expect(api.sent('PUT', '/api/methodology/default')[0]?.body).toEqual({ version: 'v2', reason: 'Board decision' });
    expect(screen.getByTestId('methodology-decision').textContent).toContain('admin@example.org');
    expect(screen.getByTestId('adopt-methodology-status').textContent).toBe('Methodology v2 is now the default.');
  });
});

describe('the methodology switch', () => {
  it('keeps the chosen version in the address, asks the views for it and names it in the footer', async () => {
    signInAs('analyst');
    const api = fakeApi({
      'GET /api/analytics/gaps': () => ({
        body: {
          methodologyVersion: 'v1',
          grouping: 'wco',
          year: 2025,
          period: { from: 2023, to: 2025 },
          protected: false,
          items: [],
        },
      }),
    });
    renderApp('/gaps?lang=en&year=2025');
    const select = within(await screen.findByTestId('methodology-switch')).getByRole('combobox');
    await waitFor(() => {
      expect((select as HTMLSelectElement).value).toBe('v1');
    });
    expect(screen.getByRole('option', { name: 'Methodology v1 (default)' })).toBeTruthy();
    expect(api.sent('GET', '/api/analytics/gaps')[0]?.url.searchParams.has('methodology')).toBe(false);
    fireEvent.change(select, { target: { value: 'v2' } });
    expect(window.location.search).toContain('methodology=v2');
    await waitFor(() => {
      expect(api.sent('GET', '/api/analytics/gaps').some((r) => r.url.searchParams.get('methodology') === 'v2')).toBe(
        true,
      );
    });
    expect(screen.getByTestId('site-footer-text').textContent).toContain('Methodology v2.');
    expect(screen.getByTestId('methodology-switch').textContent).toContain('Every item weighs the same');
  });
});
