import { afterEach, describe, expect, it } from 'vitest';
import { chartElementOf, serializeChart } from '../src/export/serializeChart';

const STYLES = `
  .bar { fill: rgb(0, 114, 178); stroke: rgb(255, 255, 255); stroke-width: 2px; }
  .chart { font-family: Arial; }
  .cell { background-color: rgb(232, 240, 250); color: rgb(27, 27, 27); padding-left: 4px; }
`;

function mount(html: string): HTMLElement {
  const style = document.createElement('style');
  style.textContent = STYLES;
  document.head.append(style);
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder;
}

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('serializeChart', () => {
  it('keeps an SVG chart’s viewBox, draws it at its size under its title, and inlines the styles classes gave it', () => {
    const holder = mount(
      '<svg class="chart" viewBox="0 0 760 300"><rect class="bar" x="10" y="20" width="30" height="40"/>' +
        '<text x="5" y="290">2025</text></svg>',
    );
    const { markup, width, height } = serializeChart(holder.querySelector('svg')!, {
      title: 'Levels by year, 2016–2026',
    });
    const root = parse(markup);

    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toBe('Levels by year, 2016–2026');
    expect(root.querySelector('text')?.textContent).toBe('Levels by year, 2016–2026');
    expect(width).toBe(760);
    expect(root.getAttribute('width')).toBe('760');
    expect(root.getAttribute('viewBox')).toBe(`0 0 760 ${height}`);

    const chart = root.querySelector('svg')!;
    expect(chart.getAttribute('viewBox')).toBe('0 0 760 300');
    expect(chart.getAttribute('width')).toBe('760');
    expect(chart.getAttribute('height')).toBe('300');
    expect(Number(chart.getAttribute('y'))).toBe(height - 300);

    const bar = chart.querySelector('rect')!;
    expect(bar.getAttribute('style')).toContain('fill: rgb(0, 114, 178)');
    expect(bar.getAttribute('style')).toContain('stroke: rgb(255, 255, 255)');
    expect(bar.getAttribute('style')).toContain('stroke-width: 2px');
    // Set on the chart, inherited by its text: written once, on the chart.
    expect(chart.getAttribute('style')).toContain('font-family: Arial');
    expect(chart.querySelector('text')?.getAttribute('style') ?? '').not.toContain('font-family');
    // The page's chart is left as it was.
    expect(holder.querySelector('rect')?.hasAttribute('style')).toBe(false);
  });

  it('keeps the size recharts gave its surface, found inside the chart’s wrapper', () => {
    const holder = mount(
      '<div class="recharts-wrapper"><svg class="recharts-surface" width="500" height="200" viewBox="0 0 500 200">' +
        '<rect class="bar" width="10" height="10"/></svg></div>',
    );
    const wrapper = holder.querySelector('.recharts-wrapper')!;
    expect(chartElementOf(wrapper)).toBe(holder.querySelector('svg'));
    const chart = parse(serializeChart(wrapper, { title: 'Arrests' }).markup).querySelector('svg')!;
    expect(chart.getAttribute('width')).toBe('500');
    expect(chart.getAttribute('height')).toBe('200');
    expect(chart.getAttribute('viewBox')).toBe('0 0 500 200');
  });

  it('carries an HTML chart in a foreignObject, with its styles inlined and its screen-reader text left out', () => {
    const holder = mount(
      '<div class="heat"><table><tr><td class="cell">72.5<span class="visually-hidden"> points</span></td></tr></table></div>',
    );
    const root = parse(
      serializeChart(holder.querySelector('.heat')!, { title: 'Regions × dimensions in 2025' }).markup,
    );
    const html = root.querySelector('foreignObject > div')!;
    expect(html.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    const cell = html.querySelector('td') as HTMLElement;
    expect(cell.textContent).toBe('72.5');
    expect(cell.style.backgroundColor).toBe('rgb(232, 240, 250)');
    expect(cell.style.paddingLeft).toBe('4px');
  });

  it('wraps a long title on lines that fit the chart', () => {
    const holder = mount('<svg viewBox="0 0 320 190"><rect/></svg>');
    const title = 'Mean score for “Cross-training of officers” by region, 2016–2026';
    const root = parse(serializeChart(holder.querySelector('svg')!, { title }).markup);
    const lines = [...root.querySelectorAll('text > tspan')].map((span) => span.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(title);
  });

  it('draws the key the page shows beside the chart under the picture, stripes for what has no value', () => {
    const holder = mount('<svg viewBox="0 0 760 300"><rect/></svg>');
    const bare = serializeChart(holder.querySelector('svg')!, { title: 'Levels' });
    const keyed = serializeChart(holder.querySelector('svg')!, {
      title: 'Levels',
      keyEntries: [
        { label: 'Level 1: Coexistence', colour: '#440154' },
        { label: 'Not assessed', colour: '#ffffff', striped: true },
      ],
    });
    expect(keyed.height).toBeGreaterThan(bare.height);
    const key = parse(keyed.markup).querySelector(':scope > g')!;
    expect([...key.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Level 1: Coexistence',
      'Not assessed',
    ]);
    const swatches = [...key.querySelectorAll(':scope > rect')].map((r) => r.getAttribute('fill'));
    expect(swatches).toEqual(['#440154', `url(#${key.querySelector('pattern')?.id})`]);
    // Below the chart.
    expect(Number(key.querySelector(':scope > rect')?.getAttribute('y'))).toBeGreaterThan(300);
  });
});
