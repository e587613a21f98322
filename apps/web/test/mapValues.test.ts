import { describe, expect, it } from 'vitest';
import type { CurrentAssessment } from '@cpc/domain';
import { countryEntries, nationalEntries, regionOfCountry } from '../src/map/mapValues';
import { undated } from './fixtures';
import { point } from './fixtures';

function scored(country: string, year: number, overall: number, level: number, liaison: number): CurrentAssessment {
  return {
    id: `${country}-${year}`,
    country,
    region: 'R',
    year,
    status: 'validated',
    scores: { overall, level, selfLevel: null, dimensions: { liaison } as CurrentAssessment['scores']['dimensions'] },
  };
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
    ['FRA', scored('FRA', 2025, 72.3, 4, 50)],
    ['KEN', scored('KEN', 2024, 40, 2, 0)],
  ]);

  it('colours each member by its own current assessment, and marks the others not assessed', () => {
    const entries = countryEntries(countries, current, regions, 'overall');
    expect(entries.get('FRA')).toEqual({
      iso3: 'FRA',
      cell: { state: 'value', value: 72.3 },
      source: 'country',
      region: 'EUR',
      assessment: { id: 'FRA-2025', year: 2025, status: 'validated' },
    });
    expect(entries.get('DEU')).toMatchObject({ cell: { state: 'notAssessed' }, assessment: null });
    expect([...entries.keys()]).toEqual(['FRA', 'DEU', 'KEN', 'SEN']);
  });

  it('reads the level or a dimension when asked, a zero score staying a zero', () => {
    expect(countryEntries(countries, current, regions, 'level').get('KEN')?.cell).toEqual({ state: 'value', value: 2 });
    expect(countryEntries(countries, current, regions, 'liaison').get('KEN')?.cell).toEqual({
      state: 'value',
      value: 0,
    });
  });
});

describe('the map for national users', () => {
  const points = [
    point({ region: 'EUR', year: 2025, members: 2, assessed: 2, coverage: 1, suppressed: true }),
    point({ region: 'AF', year: 2025, members: 2, assessed: 2, coverage: 1, mean: 45.5 }),
  ];

  it('shows their own country’s value, and their region’s (withheld or not) for every other member', () => {
    const own = new Map([['FRA', scored('FRA', 2025, 72.3, 4, 50)]]);
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
      ['FRA', scored('FRA', 2025, 72.3, 4, 50)],
      ['KEN', scored('KEN', 2024, 40, 2, 0)],
    ]);
    const entries = nationalEntries('FRA', sent, countries, regions, points, 'overall');
    expect(entries.get('KEN')).toMatchObject({
      cell: { state: 'value', value: 40 },
      source: 'country',
      assessment: { id: 'KEN-2024', year: 2024 },
    });
    expect(entries.get('SEN')).toMatchObject({ cell: { state: 'value', value: 45.5 }, source: 'region' });
    const levels = nationalEntries('FRA', sent, countries, regions, points, 'level');
    expect([...levels.keys()]).toEqual(['FRA', 'KEN']);
    expect(levels.get('KEN')?.cell).toEqual({ state: 'value', value: 2 });
  });
});
