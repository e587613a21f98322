import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../src/i18n/languages';
import { methodologyMarkdown } from '../src/help/methodologyDocs';
import { outlineOf } from '../src/help/outline';

/**
 * docs/methodology.md is the reference; its translations must keep its shape, so that an edit of the English
 * that is not carried over fails here instead of leaving a translation silently out of date.
 */
const english = methodologyMarkdown('en');
const translations = SUPPORTED_LANGS.filter((lang) => lang !== 'en');

/** Each heading's level and number ("## 9. …" → "2 9", "### 9.1 …" → "3 9.1"). */
const headingNumbers = (markdown: string) =>
  outlineOf(markdown).map((entry) => `${entry.level} ${/^[\d.]+/.exec(entry.text)?.[0] ?? '?'}`);

/** How many table rows each section holds: a table added or dropped in one version shows here. */
const tableRowsPerSection = (markdown: string) =>
  markdown
    .split(/^## /m)
    .slice(1)
    .map((section) => section.split('\n').filter((line) => line.startsWith('|')).length);

const HEADER = /^<!-- Translation of docs\/methodology\.md at revision ([0-9a-f]{7,40})\b[^>]*-->/;

describe('the methodology translations', () => {
  it('numbers the English sections 1 to 10, with subsections 9.1 to 9.3', () => {
    expect(headingNumbers(english)).toEqual([
      '2 1.',
      '2 2.',
      '2 3.',
      '2 4.',
      '2 5.',
      '2 6.',
      '2 7.',
      '2 8.',
      '2 9.',
      '3 9.1',
      '3 9.2',
      '3 9.3',
      '2 10.',
    ]);
  });

  it.each(translations)('%s has the same headings, numbered as in the English', (lang) => {
    expect(headingNumbers(methodologyMarkdown(lang))).toEqual(headingNumbers(english));
  });

  it.each(translations)('%s has the same tables, row for row, in the same sections', (lang) => {
    expect(tableRowsPerSection(methodologyMarkdown(lang))).toEqual(tableRowsPerSection(english));
  });

  it.each(translations)('%s names the revision of the English it translates', (lang) => {
    expect(methodologyMarkdown(lang)).toMatch(HEADER);
  });

  it.each(translations)('%s quotes the handbook in its French', (lang) => {
    const text = methodologyMarkdown(lang);
    for (const quote of ['Comité de coopération douane-police', 'Carences communes', 'Solutions possibles']) {
      expect(text).toContain(quote);
    }
    expect(text).toContain('FORMATIONS COMMUNES ET ÉCHANGE D’AGENTS');
  });
});
