import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { catchDownloads } from './downloads';
import { fakeApi } from './fakeApi';
import { renderApp } from './renderApp';
import { signInAs } from './session';

// Role queries are slow over a page this long: the tests read the document's elements directly.
const openGuide = () => screen.findByTestId('help-document', {}, { timeout: 20_000 });
const pageTitle = () => document.querySelector('h1')?.textContent;

/** The methodology's text in the app: in the page's language, with its contents, to download or to print. */
// A long document rendered by jsdom on a busy machine: more time than the suite's default.
describe('the methodology guide', { timeout: 40_000 }, () => {
  // The page is a lazy chunk with the Markdown renderer: loaded once here, so no test pays for it within its timeout.
  beforeAll(async () => {
    await import('../src/help/MethodologyGuidePage');
  }, 60_000);

  beforeEach(() => {
    signInAs('viewer');
    fakeApi({});
  });

  it('shows the French text when the page is in French', async () => {
    renderApp('/help/methodology?lang=fr');
    const guide = await openGuide();
    expect(pageTitle()).toBe('Méthodologie de notation v1');
    const sections = [...guide.querySelectorAll('h2')].map((h) => h.textContent);
    expect(sections[0]).toBe('1. Éléments, réponses et points');
    expect(sections).toHaveLength(10);
    // The handbook is quoted in its own French; a code stays left to right.
    expect(guide.textContent).toContain('Comité de coopération douane-police');
    const code = [...guide.querySelectorAll('code')].find((c) => c.textContent === 'joint_committee');
    expect(code?.getAttribute('dir')).toBe('ltr');
    // The title is set by an effect, which may run after the document shows.
    await waitFor(() => {
      expect(window.document.title).toContain('Méthodologie de notation v1');
    });
  });

  it('lays the Arabic text right to left, with contents whose every link leads to a heading', async () => {
    renderApp('/help/methodology?lang=ar');
    await openGuide();
    expect(window.document.documentElement.getAttribute('dir')).toBe('rtl');
    const links = [...screen.getByTestId('help-toc').querySelectorAll('a')];
    expect(links).toHaveLength(13);
    for (const link of links) {
      const id = (link.getAttribute('href') ?? '').replace(/^#/, '');
      const target = window.document.getElementById(id);
      expect(target?.tagName, id).toMatch(/^H[23]$/);
      expect(target?.textContent).toBe(link.textContent);
    }
    // A formula without Arabic letters keeps its left-to-right order inside the right-to-left page.
    const formula = [...window.document.querySelectorAll('p')].find(
      (p) => p.textContent === 'index = (1/9) × Σ score(d)',
    );
    expect(formula?.getAttribute('dir')).toBe('ltr');
  });

  it('downloads the Markdown of the page’s language', async () => {
    const files = catchDownloads();
    renderApp('/help/methodology?lang=es');
    fireEvent.click(await screen.findByTestId('help-download', {}, { timeout: 20_000 }));
    expect(files.map((f) => f.name)).toEqual(['cpc-methodology-es.md']);
    const text = await files[0]?.blob.text();
    expect(text).toMatch(/^<!-- Translation of docs\/methodology\.md at revision [0-9a-f]+/);
    expect(text).toContain('\n# Metodología de puntuación v1\n');
  });

  it('is linked from the footer, whose methodology text the link keeps', async () => {
    renderApp('/?lang=en');
    const link = await screen.findByTestId('footer-methodology-link');
    expect(link.textContent).toBe('Methodology v1.');
    expect(link.getAttribute('href')).toBe('/help/methodology?lang=en');
    fireEvent.click(link);
    await waitFor(() => {
      expect(window.location.pathname).toBe('/help/methodology');
    });
    await openGuide();
    expect(pageTitle()).toBe('Scoring methodology v1');
  });
});
