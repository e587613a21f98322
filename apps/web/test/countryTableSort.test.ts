import { describe, expect, it } from 'vitest';
import type { MapEntry } from '../src/map/mapValues';
import { sortCountryRows } from '../src/map/countryTableSort';

const row = (iso3: string, region: string, value: number | null, year: number | null): MapEntry => ({
  iso3,
  region,
  cell: value === null ? { state: 'notAssessed' } : { state: 'value', value },
  source: 'country',
  assessment: year === null ? null : { year, status: 'validated' },
});
const NAMES: Record<string, string> = { EGY: 'Égypte', DEU: 'Allemagne', FRA: 'France', KEN: 'Kenya' };
const REGIONS: Record<string, string> = { EUR: 'Europe', ESA: 'Afrique orientale', MENA: 'Afrique du Nord' };
const names = {
  country: (iso3: string) => NAMES[iso3] ?? iso3,
  region: (c: string | null) => REGIONS[c ?? ''] ?? '—',
  lang: 'fr',
};
const ROWS = [
  row('FRA', 'EUR', 60, 2024),
  row('EGY', 'MENA', null, null),
  row('KEN', 'ESA', 47.5, 2025),
  row('DEU', 'EUR', 72.5, 2023),
];
const order = (key: 'country' | 'region' | 'value' | 'assessment', descending: boolean) =>
  sortCountryRows(ROWS, { key, descending }, names).map((r) => r.iso3);

describe('the map’s country table, sorted', () => {
  it('by name in the page’s language, É among the Es', () => {
    expect(order('country', false)).toEqual(['DEU', 'EGY', 'FRA', 'KEN']);
    expect(order('country', true)).toEqual(['KEN', 'FRA', 'EGY', 'DEU']);
  });

  it('by region name, then country name', () => {
    expect(order('region', false)).toEqual(['EGY', 'KEN', 'DEU', 'FRA']);
  });

  it('by value, largest first, with the not assessed last either way', () => {
    expect(order('value', true)).toEqual(['DEU', 'FRA', 'KEN', 'EGY']);
    expect(order('value', false)).toEqual(['KEN', 'FRA', 'DEU', 'EGY']);
  });

  it('by the year of the assessment shown', () => {
    expect(order('assessment', true)).toEqual(['KEN', 'FRA', 'DEU', 'EGY']);
  });
});
