import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { franceProfile } from './analyticsFixtures';
import { fakeApi } from './fakeApi';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

const serveFrance = () => fakeApi({ 'GET /api/countries/FRA/profile': () => ({ body: franceProfile }) });

/** The report's parts, by their headings, in order. */
const sectionTitles = (report: HTMLElement) =>
  within(report)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('the printable country report', () => {
  it('holds the trajectory, the comparison, the gaps with the handbook’s recommendations, the history and a footer', async () => {
    signInAs('analyst');
    const api = serveFrance();
    renderApp('/countries/FRA/report?grouping=wco&lang=en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Country report: France' })).toBeTruthy();
    const report = screen.getByTestId('country-report');
    await within(report).findByTestId('trajectory-chart');
    expect(sectionTitles(report)).toEqual([
      'Overall index of France over time',
      'France against Europe, by dimension (2023)',
      'Gaps and recommendations',
      'History of assessments',
    ]);
    expect(within(report).getByTestId('dimension-comparison').querySelectorAll('.dot-plot-row')).toHaveLength(9);
    expect(within(report).getByTestId('gap-list').textContent).toContain('Conclusion of an MoU/MoA');
    expect(within(report).getByTestId('profile-history').querySelectorAll('tbody tr')).toHaveLength(3);

    const footer = within(report).getByTestId('report-footer');
    expect(footer.textContent).toContain('Source: CPC Observatory');
    expect(footer.textContent).toContain('WCO/INTERPOL Customs–Police Cooperation Handbook');
    expect(footer.textContent).toContain('Methodology v1.');
    expect(footer.textContent).toContain('The figures count submitted and validated assessments.');
    expect(footer.textContent).toMatch(/Generated on \d{1,2} [A-Z][a-z]{2} \d{4}\./);
    expect(api.sent('GET', '/api/countries/FRA/profile')[0]?.url.search).toBe('?grouping=wco');

    const print = vi.fn();
    vi.stubGlobal('print', print);
    fireEvent.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('is written in French with ?lang=fr, footer included', async () => {
    signInAs('analyst');
    serveFrance();
    renderApp('/countries/FRA/report?grouping=wco&status=validated&lang=fr');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport pays : France' })).toBeTruthy();
    const report = screen.getByTestId('country-report');
    await within(report).findByTestId('trajectory-chart');
    expect(sectionTitles(report)).toEqual([
      'Indice global de France dans le temps',
      'France face à la région Europe, par dimension (2023)',
      'Carences et recommandations',
      'Historique des évaluations',
    ]);
    expect(within(report).getByTestId('gap-list').textContent).toContain('Conclusion d’un PE/PA');
    const footer = within(report).getByTestId('report-footer').textContent;
    expect(footer).toContain('Source : CPC Observatory');
    expect(footer).toContain('Méthodologie v1.');
    expect(footer).toContain('Les chiffres ne comptent que les évaluations validées.');
    expect(footer).toMatch(/Généré le \d{1,2} [a-zéû.]+ \d{4}\./);
    expect(screen.getByRole('button', { name: 'Imprimer / Enregistrer en PDF' })).toBeTruthy();
  });

  it('is linked from the profile, with the profile’s grouping, status and language', async () => {
    signInAs('analyst');
    serveFrance();
    renderApp('/countries/FRA?grouping=wco&status=validated&lang=fr');
    const link = await screen.findByRole('link', { name: 'Rapport imprimable' });
    expect(link.getAttribute('href')).toBe('/countries/FRA/report?grouping=wco&status=validated&lang=fr');
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport pays : France' })).toBeTruthy();
  });

  it('is refused for another country to a national account, as the API refuses its profile', async () => {
    signInAs('viewer');
    fakeApi({
      'GET /api/countries/DEU/profile': () => ({
        status: 403,
        body: { statusCode: 403, message: 'Your account may read FRA country details only' },
      }),
    });
    renderApp('/countries/DEU/report?lang=en');
    const notice = await screen.findByTestId('profile-forbidden');
    expect(notice.textContent).toContain('Not available for your account');
    expect(screen.queryByTestId('report-footer')).toBeNull();
  });
});
