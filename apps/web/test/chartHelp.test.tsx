import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { chartHelpEn } from '../src/i18n/chartHelp.en';
import { fakeApi } from './fakeApi';
import { maturityRoutes } from './maturityRoutes';
import { renderApp } from './renderApp';
import { signInAs } from './session';

beforeEach(() => {
  signInAs('analyst');
});

const englishTexts = new Set<string>(Object.values(chartHelpEn));

/** Every chart's download menu on the page, each with the "how to read" beside it, and their texts. */
function chartHelps() {
  const menus = screen.getAllByTestId('chart-download');
  return menus.map((menu) => {
    const tools = menu.closest('.chart-tools');
    const help = tools ? within(tools as HTMLElement).getByTestId('chart-help') : null;
    if (!(help instanceof HTMLDetailsElement)) throw new Error('a chart has no how-to-read control');
    const summary = help.querySelector('summary');
    const text = help.querySelector('.chart-help-text')?.textContent ?? '';
    return { help, summary, text };
  });
}

describe('how to read each chart', () => {
  it('puts a how-to-read beside every chart of the overview, in French, never in the picture', async () => {
    fakeApi(maturityRoutes());
    renderApp('/?grouping=wco&from=2024&to=2025&lang=fr');
    await within(await screen.findByTestId('levels-section')).findByTestId('level-chart');
    await waitFor(() => {
      expect(screen.getAllByTestId('chart-download').length).toBeGreaterThanOrEqual(2);
    });

    const helps = chartHelps();
    for (const { summary, text } of helps) {
      expect(summary?.textContent).toMatch(/^Comment lire ce graphique: /);
      expect(text.trim()).not.toBe('');
      expect(englishTexts.has(text)).toBe(false);
    }
    // The maturity chart's pitfall, as a reader should get it.
    const texts = helps.map((h) => h.text);
    expect(
      texts.some((t) =>
        t.includes(
          'Attention : ce sont des moyennes des seules administrations évaluées, et la couverture diffère d’une région à l’autre.',
        ),
      ),
    ).toBe(true);
    // The levels chart says what its striped bar means.
    expect(texts.some((t) => t.includes('Une barre hachurée signifie que les chiffres de l’année sont masqués'))).toBe(
      true,
    );
    // What a download draws (the chart's picture) holds no help.
    expect(document.querySelectorAll('.chart-picture .chart-help')).toHaveLength(0);
  });

  it('gives each small multiple and the heatmap of the compare page its own help, in Arabic, opened on demand', async () => {
    fakeApi(maturityRoutes());
    renderApp('/compare?grouping=wco&from=2024&to=2025&year=2025&lang=ar');
    await screen.findByTestId('heatmap');
    const multiples = await screen.findByTestId('small-multiples');
    await waitFor(() => {
      expect(multiples.querySelectorAll('li.small-multiple [data-testid="chart-help"]')).toHaveLength(9);
    });

    const helps = chartHelps();
    // Nine dimensions and the heatmap.
    expect(helps.length).toBeGreaterThanOrEqual(10);
    for (const { summary, text } of helps) {
      expect(summary?.textContent).toMatch(/^كيف تقرأ هذا الرسم البياني: /);
      expect(text).toMatch(/[\u0600-\u06FF]/);
      expect(englishTexts.has(text)).toBe(false);
    }
    expect(helps.some((h) => h.text.startsWith('كل خانة متوسط درجة (0–100)'))).toBe(true);

    const first = helps[0];
    expect(first?.help.open).toBe(false);
    if (first?.summary) fireEvent.click(first.summary);
    await waitFor(() => {
      expect(first?.help.open).toBe(true);
    });
  });
});
