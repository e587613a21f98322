import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { wcoMembersAt } from '@cpc/domain';
import { I18nProvider } from '../src/i18n/I18nProvider';
import type { MapEntry } from '../src/map/mapValues';
import { WorldMap } from '../src/map/WorldMap';
import { smallAreaMarks, worldPaths } from '../src/map/worldPaths';

const entry = (iso3: string): MapEntry => ({
  iso3,
  region: 'EUR',
  cell: { state: 'value', value: 50 },
  source: 'country',
  assessment: null,
});

function renderMap(members: readonly string[], openable: readonly string[]) {
  const entries = new Map(members.map((iso3) => [iso3, entry(iso3)]));
  return render(
    <I18nProvider lang="en">
      <WorldMap
        entries={entries}
        fillOf={() => ({ kind: 'colour', colour: '#336699' })}
        label="Map"
        emphasised={null}
        describe={(iso3) => `Country ${iso3 ?? '?'}`}
        hrefOf={(iso3) => (openable.includes(iso3) ? `/countries/${iso3}` : null)}
      />
    </I18nProvider>,
  );
}

describe('the world map’s small states', () => {
  it('draws every WCO Member of today as an area or a symbol', () => {
    const drawn = new Set([...worldPaths().map((a) => a.iso3), ...smallAreaMarks().map((m) => m.iso3)]);
    const members = Object.values(wcoMembersAt('2026-12-05')).flat();
    expect(members).toHaveLength(187);
    expect(members.filter((iso3) => !drawn.has(iso3))).toEqual([]);
  });

  it('gives Singapore, Malta, Bahrain and Luxembourg a symbol where they lie, and France none', () => {
    const marks = new Map(smallAreaMarks().map((m) => [m.iso3, m]));
    for (const iso3 of ['SGP', 'MLT', 'BHR', 'LUX']) expect(marks.has(iso3), iso3).toBe(true);
    expect(marks.has('FRA')).toBe(false);
    const at = (iso3: string) => marks.get(iso3) ?? { x: NaN, y: NaN };
    // West to east: Luxembourg (6° E), Malta (14° E), Bahrain (50° E), Singapore (104° E).
    expect(at('LUX').x).toBeLessThan(at('MLT').x);
    expect(at('MLT').x).toBeLessThan(at('BHR').x);
    expect(at('BHR').x).toBeLessThan(at('SGP').x);
    // North is up: Luxembourg (50° N) above Malta (36° N) above Bahrain (26° N) above Singapore (1° N).
    expect(at('LUX').y).toBeLessThan(at('MLT').y);
    expect(at('MLT').y).toBeLessThan(at('BHR').y);
    expect(at('BHR').y).toBeLessThan(at('SGP').y);
  });

  it('draws symbols only for the grouping’s members, each a link when the reader may open it', () => {
    const { getByTestId } = renderMap(['SGP', 'MLT', 'FRA'], ['SGP', 'FRA']);
    const map = getByTestId('world-map');
    expect(map.querySelector('circle[data-iso3="BHR"]')).toBeNull();
    const singapore = map.querySelector('circle[data-iso3="SGP"]');
    expect(singapore?.closest('a')?.getAttribute('href')).toBe('/countries/SGP');
    expect(singapore?.closest('a')?.getAttribute('aria-label')).toBe('Country SGP');
    expect(map.querySelector('circle[data-iso3="MLT"]')?.closest('a')).toBeNull();
    expect(map.querySelector('path[data-iso3="FRA"]')?.closest('a')?.getAttribute('href')).toBe('/countries/FRA');
    expect(map.querySelector('path[data-iso3="DEU"]')?.closest('a')).toBeNull();
  });
});
