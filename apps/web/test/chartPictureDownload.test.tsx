import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { catchDownloads, today } from './downloads';
import { fakeApi } from './fakeApi';
import { meta, wcoMaturity } from './fixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';
import { levelsOf } from './maturityRoutes';

beforeEach(() => {
  signInAs('analyst');
});

const SYNTHETIC_AR = 'بيانات تجريبية اصطناعية: هذه الأرقام مولَّدة لأغراض العرض التوضيحي ولا تصف أي إدارة حقيقية.';

/** The level chart's SVG, downloaded from the overview in Arabic, as text; the installation's data as given. */
async function levelChartSvg(demoData: boolean, methodology = '') {
  const files = catchDownloads();
  fakeApi({
    'GET /api/meta': () => ({ body: { ...meta, demoData } }),
    'GET /api/analytics/maturity': () => ({ body: wcoMaturity }),
    'GET /api/analytics/levels': () => ({ body: levelsOf(wcoMaturity) }),
  });
  renderApp(`/?grouping=wco&from=2024&to=2025&lang=ar${methodology}`);
  const section = await screen.findByTestId('levels-section');
  await within(section).findByTestId('level-chart');
  const title = within(section).getByRole('heading', { level: 2 }).textContent;
  fireEvent.click(within(section).getByRole('button', { name: /^تنزيل/ }));
  fireEvent.click(screen.getByRole('menuitem', { name: 'صورة متجهة (SVG)' }));
  await waitFor(() => {
    expect(files).toHaveLength(1);
  });
  const markup = await files[0]!.blob.text();
  const root = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const texts = [...root.querySelectorAll(':scope > text, :scope > g > text')].map((text) =>
    [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
  );
  return { title, texts, root };
}

describe('a chart downloaded as a picture', () => {
  it('carries its title, axis titles, source, citation and the synthetic-data notice, in Arabic', async () => {
    const { title, texts, root } = await levelChartSvg(true);
    expect(title).not.toBe('');
    expect(texts[0]).toBe(title);
    expect(texts).toContain('الإدارات');
    expect(texts).toContain('السنة');
    expect(texts).toContain(SYNTHETIC_AR);
    const source = texts[texts.length - 1] ?? '';
    expect(source.startsWith('المصدر: CPC Observatory، استنادًا إلى الإجابات الوطنية')).toBe(true);
    expect(source.endsWith(`CPC Observatory (${today()}). ${title}. المنهجية v1.`)).toBe(true);
    for (const text of root.querySelectorAll(':scope > text')) expect(text.getAttribute('direction')).toBe('rtl');
  });

  it('says nothing of synthetic data where the installation has real data', async () => {
    const { texts } = await levelChartSvg(false);
    expect(texts).not.toContain(SYNTHETIC_AR);
    expect(texts.join(' ')).not.toContain('اصطناعية');
    expect(texts[texts.length - 1]).toMatch(/^المصدر: /);
  });

  it('names the methodology the chart shows: the one the address chose, not the default', async () => {
    const { title, texts } = await levelChartSvg(true, '&methodology=v2');
    expect(texts[texts.length - 1]?.endsWith(`${title}. المنهجية v2.`)).toBe(true);
  });
});
