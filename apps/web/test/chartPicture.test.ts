import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serializeChart, type ChartPicture } from '../src/export/serializeChart';

/** Every Latin character 7px wide, an Arabic letter 4px, for any font: jsdom has no canvas to measure with. */
const CHARACTER = 7;
const ARABIC_LETTER = 4;
const widthOf = (text: string) =>
  Array.from(text).reduce((sum, c) => sum + (/[\u0600-\u06ff]/.test(c) ? ARABIC_LETTER : CHARACTER), 0);
const PICTURE_WIDTH = 320;
const FAR_EAST = 'Far East, South and South East Asia, Australasia and the Pacific Islands';
const FAR_EAST_AR = 'الشرق الأقصى وجنوب وجنوب شرق آسيا وأستراليا وجزر المحيط الهادئ';
const SOURCE =
  'Source: CPC Observatory, from national answers to the diagnostic tool of the WCO/INTERPOL Customs–Police ' +
  'Cooperation Handbook. CPC Observatory (2026-12-05). Mean score by region. Methodology v1.';
const NOTICE =
  'Synthetic demo data: these figures are generated for demonstration and describe no real administration.';

beforeAll(() => {
  const context = { font: '', measureText: (text: string) => ({ width: widthOf(text) }) };
  // A fixed width per character stands in for the page's fonts: what fits a line is known in advance.
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
});

afterEach(() => {
  document.body.innerHTML = '';
});

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

/** A small multiple as the page draws it: an SVG chart of the given width. */
function picture(options: Partial<ChartPicture> = {}) {
  const holder = document.createElement('div');
  holder.innerHTML = `<svg viewBox="0 0 ${PICTURE_WIDTH} 190"><rect width="10" height="10"/></svg>`;
  document.body.append(holder);
  const serialized = serializeChart(holder.querySelector('svg')!, { title: 'Mean score by region', ...options });
  return { ...serialized, root: parse(serialized.markup) };
}

/** Each drawn text, its lines joined: what a reader of the picture reads. */
const textsOf = (root: Element) =>
  [...root.querySelectorAll(':scope > text, :scope > g > text')].map((text) =>
    [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
  );

const chartTop = (root: Element) => Number(root.querySelector(':scope > svg')?.getAttribute('y'));

describe('a chart’s picture, fit for a report', () => {
  it('holds its title, its axis titles, its key, the notice and the source line, in that order', () => {
    const { root, height } = picture({
      axisTitles: { x: 'Year', y: 'Mean score (0–100)' },
      keyEntries: [{ label: 'Europe', colour: '#0072b2' }],
      notice: NOTICE,
      sourceLine: SOURCE,
    });
    expect(textsOf(root)).toEqual(['Mean score by region', 'Mean score (0–100)', 'Year', 'Europe', NOTICE, SOURCE]);
    const tops = [...root.querySelectorAll(':scope > text, :scope > g > text')].map((t) =>
      Number(t.querySelector('tspan')?.getAttribute('y')),
    );
    // The y-axis title just above the chart, everything else after it in reading order.
    expect(tops[1]).toBeLessThan(chartTop(root));
    expect(tops[2]).toBeGreaterThan(chartTop(root) + 190);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // The x-axis title is centred under the chart.
    expect(root.querySelector(':scope > text:nth-of-type(3)')?.getAttribute('text-anchor')).toBe('middle');
    // The last line inside the picture.
    expect(tops[tops.length - 1]).toBeLessThan(height);
  });

  it('says nothing of synthetic data where the installation has real data', () => {
    const { root } = picture({ sourceLine: SOURCE });
    expect(textsOf(root)).toEqual(['Mean score by region', SOURCE]);
    expect(root.textContent).not.toContain('Synthetic');
  });

  it('wraps a region name too long for a small multiple on lines that fit it, cutting nothing', () => {
    const { root } = picture({
      keyEntries: [
        { label: FAR_EAST, colour: '#e69f00' },
        { label: 'Europe', colour: '#0072b2' },
      ],
    });
    const key = root.querySelector(':scope > g')!;
    const names = [...key.querySelectorAll('text')];
    expect(textsOf(root).slice(1)).toEqual([FAR_EAST, 'Europe']);
    const lines = [...names[0]!.querySelectorAll('tspan')];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of [...key.querySelectorAll('tspan')]) {
      const right = Number(line.getAttribute('x')) + line.textContent.length * CHARACTER;
      expect(right).toBeLessThanOrEqual(PICTURE_WIDTH);
    }
    // The next entry starts under the wrapped one, not over it.
    const lastLine = Number(lines[lines.length - 1]?.getAttribute('y'));
    expect(Number(names[1]?.querySelector('tspan')?.getAttribute('y'))).toBeGreaterThan(lastLine);
  });

  it('draws each key entry as the chart draws it: a square, a dot, a hollow marker, a dashed line, a band', () => {
    const colour = '#0072b2';
    const { root } = picture({
      keyEntries: [
        { label: 'Europe', colour },
        { label: 'Validated', colour, mark: 'dot' },
        { label: 'Submitted, not yet validated', colour, mark: 'ring' },
        { label: 'Dashed line: years without an assessment in between.', colour, mark: 'dashed' },
        { label: 'Shaded band: interquartile range.', colour, mark: 'band' },
      ],
    });
    const swatches = [...root.querySelectorAll(':scope > g > :not(text)')];
    expect(swatches.map((s) => s.localName)).toEqual(['rect', 'circle', 'circle', 'line', 'rect']);
    expect(swatches[1]?.getAttribute('fill')).toBe(colour);
    expect([swatches[2]?.getAttribute('fill'), swatches[2]?.getAttribute('stroke')]).toEqual(['#ffffff', colour]);
    expect(swatches[3]?.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(Number(swatches[4]?.getAttribute('fill-opacity'))).toBeLessThan(1);
  });

  it('starts every text from the right in Arabic, in a font that joins Arabic letters', () => {
    const { root } = picture({
      title: 'متوسط الدرجات حسب المنطقة',
      axisTitles: { y: 'متوسط الدرجة (0–100)' },
      keyEntries: [{ label: FAR_EAST_AR, colour: '#e69f00' }],
      sourceLine: 'المصدر: CPC Observatory',
      dir: 'rtl',
    });
    expect(textsOf(root)).toEqual([
      'متوسط الدرجات حسب المنطقة',
      'متوسط الدرجة (0–100)',
      FAR_EAST_AR,
      'المصدر: CPC Observatory',
    ]);
    for (const text of root.querySelectorAll(':scope > text, :scope > g > text')) {
      expect(text.getAttribute('direction')).toBe('rtl');
      expect(text.getAttribute('text-anchor')).toBe('start');
    }
    const [title, , name] = [...root.querySelectorAll(':scope > text, :scope > g > text')];
    expect(Number(title?.getAttribute('x'))).toBe(PICTURE_WIDTH - 8);
    // The swatch at the right edge, its name to its left.
    const swatch = root.querySelector(':scope > g > rect')!;
    expect(Number(swatch.getAttribute('x')) + Number(swatch.getAttribute('width'))).toBe(PICTURE_WIDTH - 8);
    expect(Number(name?.getAttribute('x'))).toBeLessThan(Number(swatch.getAttribute('x')));
    expect(title?.getAttribute('font-family')).toMatch(/^'Noto Sans Arabic'/);
  });

  it('wraps a title by the width of its text as measured, not by a count of characters', () => {
    // 62 characters, 272px as measured: one line of the 304px inside the margins, where an average Latin
    // character's width would have made two.
    const title = 'متوسط الدرجة لبُعد التدريب المشترك وتبادل الموظفين حسب المنطقة';
    const { root } = picture({ title, dir: 'rtl' });
    const lines = [...root.querySelectorAll(':scope > text:first-of-type tspan')].map((s) => s.textContent);
    expect(lines).toEqual([title]);
    const long = `${title}، ${title}`;
    const wrapped = picture({ title: long, dir: 'rtl' }).root.querySelectorAll(':scope > text:first-of-type tspan');
    expect([...wrapped].map((s) => s.textContent).join(' ')).toBe(long);
    for (const line of wrapped) expect(widthOf(line.textContent)).toBeLessThanOrEqual(PICTURE_WIDTH - 16);
  });
});
