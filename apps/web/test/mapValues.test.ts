import { describe, expect, it } from 'vitest';
import type { MapValue } from '@cpc/domain';
import { countryEntries, nationalEntries, regionOfCountry } from '../src/map/mapValues';
import { undated } from './fixtures';
import { point } from './fixtures';

/** A row of the map values endpoint: the API has already picked the metric's figure. */
function valued(country: string, year: number, value: number | null): MapValue {
  return { country, value, year, status: 'validated' };
}

const grouping = {
  regions: undated([
    { code: 'EUR', name: { en: 'Europe', fr: 'Europe' }, members: ['FRA', 'DEU'] },
    { code: 'AF', name: { en: 'Africa', fr: 'Afrique' }, members: ['KEN', 'SEN'] },
  ]),
};
const regions = regionOfCountry(grouping);
const countries = [...regions.keys()];

describe('the map for analysts', () => {
  const current = new Map([
    ['FRA', valued('FRA', 2025, 72.3)],
    ['KEN', valued('KEN', 2024, 40)],
  ]);

  it('colours each member by its own current assessment, and marks the others not assessed', () => {
    const entries = countryEntries(countries, current, regions);
    expect(entries.get('FRA')).toEqual({
      iso3: 'FRA',
      cell: { state: 'value', value: 72.3 },
      source: 'country',
      region: 'EUR',
      assessment: { year: 2025, status: 'validated' },
    });
    expect(entries.get('DEU')).toMatchObject({ cell: { state: 'notAssessed' }, assessment: null });
    expect([...entries.keys()]).toEqual(['FRA', 'DEU', 'KEN', 'SEN']);
  });

  it('keeps a zero score a zero, and an unscored figure not assessed', () => {
    const scores = new Map([
      ['KEN', valued('KEN', 2024, 0)],
      ['SEN', valued('SEN', 2024, null)],
    ]);
    const entries = countryEntries(countries, scores, regions);
    expect(entries.get('KEN')?.cell).toEqual({ state: 'value', value: 0 });
    expect(entries.get('SEN')?.cell).toEqual({ state: 'notAssessed' });
  });
});

describe('the map for national users', () => {
  const points = [
    point({ region: 'EUR', year: 2025, members: 2, assessed: 2, coverage: 1, suppressed: true }),
    point({ region: 'AF', year: 2025, members: 2, assessed: 2, coverage: 1, mean: 45.5 }),
  ];

  it('shows their own country’s value, and their region’s (withheld or not) for every other member', () => {
    const own = new Map([['FRA', valued('FRA', 2025, 72.3)]]);
    const entries = nationalEntries('FRA', own, countries, regions, points, 'overall');
    expect(entries.get('FRA')).toMatchObject({ cell: { state: 'value', value: 72.3 }, source: 'country' });
    expect(entries.get('DEU')).toEqual({
      iso3: 'DEU',
      cell: { state: 'withheld' },
      source: 'region',
      region: 'EUR',
      assessment: null,
    });
    expect(entries.get('KEN')).toMatchObject({ cell: { state: 'value', value: 45.5 }, source: 'region', region: 'AF' });
  });

  it('shows no other country at all for the level, which a region does not have', () => {
    const entries = nationalEntries('FRA', new Map(), countries, regions, points, 'level');
    expect([...entries.keys()]).toEqual(['FRA']);
    expect(entries.get('FRA')?.cell).toEqual({ state: 'notAssessed' });
  });

  it('shows a country that shares its figures with members by its own value, the level included', () => {
    // The API sends a national user the current assessments of their own country and of the sharing ones.
    const sent = new Map([
      ['FRA', valued('FRA', 2025, 72.3)],
      ['KEN', valued('KEN', 2024, 40)],
    ]);
    const entries = nationalEntries('FRA', sent, countries, regions, points, 'overall');
    expect(entries.get('KEN')).toMatchObject({
      cell: { state: 'value', value: 40 },
      source: 'country',
      assessment: { year: 2024 },
    });
    expect(entries.get('SEN')).toMatchObject({ cell: { state: 'value', value: 45.5 }, source: 'region' });
    // Asked for the level, the API sends the levels of the same countries.
    const sentLevels = new Map([
      ['FRA', valued('FRA', 2025, 4)],
      ['KEN', valued('KEN', 2024, 2)],
    ]);
    const levels = nationalEntries('FRA', sentLevels, countries, regions, points, 'level');
    expect([...levels.keys()]).toEqual(['FRA', 'KEN']);
    expect(levels.get('KEN')?.cell).toEqual({ state: 'value', value: 2 });
  });
});
