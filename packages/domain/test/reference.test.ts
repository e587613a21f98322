import { describe, it, expect } from 'vitest';
import {
  COUNTRIES,
  CountrySchema,
  GroupingSchema,
  UN_GROUPING,
  UN_M49_UNASSIGNED,
  WCO_GROUPING,
  WCO_DATED_GROUPING,
  WCO_MEMBER_COUNT_2023,
  WCO_MEMBERSHIPS,
  WCO_NON_COUNTRY_MEMBERS,
  type GroupingDefinition,
} from '../src/index.js';

const byIso3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));

function regionOf(grouping: GroupingDefinition, iso3: string): string | undefined {
  return grouping.regions.find((r) => r.members.includes(iso3))?.code;
}

function allMembers(grouping: GroupingDefinition): string[] {
  return grouping.regions.flatMap((r) => r.members);
}

function duplicates(codes: string[]): string[] {
  return [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
}

describe('COUNTRIES', () => {
  it('has the 249 ISO 3166-1 entries plus Kosovo', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(byIso3.get('XKX')?.iso2).toBe('XK');
  });

  it('has unique iso3 and iso2 codes', () => {
    expect(duplicates(COUNTRIES.map((c) => c.iso3))).toEqual([]);
    expect(duplicates(COUNTRIES.map((c) => c.iso2))).toEqual([]);
  });

  it('has codes of the right shape and names in both languages', () => {
    for (const c of COUNTRIES) {
      expect(c.iso3, c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2, c.iso3).toMatch(/^[A-Z]{2}$/);
      expect(c.name.en.trim(), c.iso3).not.toBe('');
      expect(c.name.fr.trim(), c.iso3).not.toBe('');
      expect(c.name.en, c.iso3).toBe(c.name.en.trim());
      expect(c.name.fr, c.iso3).toBe(c.name.fr.trim());
      expect(() => CountrySchema.parse(c)).not.toThrow();
    }
  });

  it('is sorted by iso3', () => {
    const codes = COUNTRIES.map((c) => c.iso3);
    expect(codes).toEqual([...codes].sort());
  });

  it('does not contain the European Union', () => {
    expect(COUNTRIES.some((c) => c.iso2 === 'EU' || c.iso3 === 'EUU')).toBe(false);
  });

  it('has the expected codes and names for well-known entries', () => {
    // Spanish and Arabic as CLDR 45 gives them (main/es and main/ar territories.json).
    expect(byIso3.get('FRA')).toEqual({
      iso3: 'FRA',
      iso2: 'FR',
      name: { en: 'France', fr: 'France', es: 'Francia', ar: 'فرنسا' },
    });
    expect(byIso3.get('DEU')).toEqual({
      iso3: 'DEU',
      iso2: 'DE',
      name: { en: 'Germany', fr: 'Allemagne', es: 'Alemania', ar: 'ألمانيا' },
    });
    expect(byIso3.get('USA')?.name).toEqual({
      en: 'United States of America',
      fr: "États-Unis d'Amérique",
      es: 'Estados Unidos',
      ar: 'الولايات المتحدة',
    });
    expect(byIso3.get('CIV')?.name).toEqual({
      en: "Côte d'Ivoire",
      fr: "Côte d'Ivoire",
      es: 'Côte d’Ivoire',
      ar: 'ساحل العاج',
    });
    expect(byIso3.get('GBR')?.iso2).toBe('GB');
    expect(byIso3.get('CHE')?.name.fr).toBe('Suisse');
    expect(byIso3.get('NLD')?.iso2).toBe('NL');
    expect(byIso3.get('COM')?.iso2).toBe('KM');
    expect(byIso3.get('SRB')?.iso2).toBe('RS');
    expect(byIso3.get('HKG')?.iso2).toBe('HK');
    expect(byIso3.get('MAC')?.iso2).toBe('MO');
    expect(byIso3.get('CUW')?.iso2).toBe('CW');
  });
});

describe.each([
  ['WCO', WCO_GROUPING],
  ['WCO with dates', WCO_DATED_GROUPING],
  ['UN', UN_GROUPING],
] as const)('%s grouping', (_label, grouping) => {
  it('matches the API schema', () => {
    const regions = grouping.regions.map((r) => ({ ...r, memberships: r.memberships ?? [] }));
    expect(() => GroupingSchema.parse({ ...grouping, regions, builtIn: true })).not.toThrow();
    expect(grouping.source.trim()).not.toBe('');
  });

  it('has unique region codes', () => {
    expect(duplicates(grouping.regions.map((r) => r.code))).toEqual([]);
  });

  it('lists only countries of COUNTRIES', () => {
    expect(allMembers(grouping).filter((m) => !byIso3.has(m))).toEqual([]);
  });

  it('puts no country in two regions, nor twice in one', () => {
    expect(duplicates(allMembers(grouping))).toEqual([]);
  });

  it('does not list the European Union as a country', () => {
    const members = allMembers(grouping);
    expect(members).not.toContain('EU');
    expect(members).not.toContain('EUU');
  });
});

describe('WCO grouping', () => {
  it('has the six WCO regions', () => {
    expect(WCO_GROUPING.id).toBe('wco');
    expect(WCO_GROUPING.regions.map((r) => r.code)).toEqual(['ESA', 'EUR', 'AP', 'MENA', 'AMS', 'WCA']);
  });

  it('adds up to the WCO’s own count, which leaves the European Union out', () => {
    expect(WCO_MEMBER_COUNT_2023).toBe(185);
    expect(allMembers(WCO_GROUPING).length).toBe(WCO_MEMBER_COUNT_2023);
    expect(WCO_NON_COUNTRY_MEMBERS.map((m) => m.code)).toEqual(['EU']);
  });

  it('has the compiled number of members in each region', () => {
    const counts = Object.fromEntries(WCO_GROUPING.regions.map((r) => [r.code, r.members.length]));
    expect(counts).toEqual({ ESA: 24, EUR: 52, AP: 34, MENA: 18, AMS: 33, WCA: 24 });
  });

  it('keeps the European Union as a non-country member of the Europe region', () => {
    expect(WCO_NON_COUNTRY_MEMBERS).toEqual([
      { code: 'EU', name: { en: 'European Union', fr: 'Union européenne' }, region: 'EUR' },
    ]);
    const regionCodes = WCO_GROUPING.regions.map((r) => r.code);
    for (const m of WCO_NON_COUNTRY_MEMBERS) expect(regionCodes).toContain(m.region);
  });

  it.each([
    ['FRA', 'EUR'],
    ['DEU', 'EUR'],
    ['ISR', 'EUR'],
    ['TUR', 'EUR'],
    ['CYP', 'EUR'],
    ['AZE', 'EUR'],
    ['KAZ', 'EUR'],
    ['UZB', 'EUR'],
    ['RUS', 'EUR'],
    ['XKX', 'EUR'],
    ['NGA', 'WCA'],
    ['SEN', 'WCA'],
    ['COD', 'WCA'],
    ['GNQ', 'WCA'],
    ['BRA', 'AMS'],
    ['USA', 'AMS'],
    ['CAN', 'AMS'],
    ['CUW', 'AMS'],
    ['JPN', 'AP'],
    ['CHN', 'AP'],
    ['HKG', 'AP'],
    ['MAC', 'AP'],
    ['IRN', 'AP'],
    ['AFG', 'AP'],
    ['AUS', 'AP'],
    ['SLB', 'AP'],
    ['EGY', 'MENA'],
    ['SDN', 'MENA'],
    ['SAU', 'MENA'],
    ['MAR', 'MENA'],
    ['PSE', 'MENA'],
    ['KEN', 'ESA'],
    ['ZAF', 'ESA'],
    ['DJI', 'ESA'],
    ['SOM', 'ESA'],
  ])('places %s in %s', (iso3, region) => {
    expect(regionOf(WCO_GROUPING, iso3)).toBe(region);
  });

  it.each(['PRK', 'TWN', 'MCO', 'LIE', 'SMR', 'VAT', 'ATA', 'PLW', 'VCT', 'NRU'])(
    'does not list %s (not a WCO Member in 2023)',
    (iso3) => {
      expect(regionOf(WCO_GROUPING, iso3)).toBeUndefined();
    },
  );
});

describe('UN M49 grouping', () => {
  it('has the five M49 regions', () => {
    expect(UN_GROUPING.id).toBe('un');
    expect(UN_GROUPING.regions.map((r) => r.code)).toEqual(['AFR', 'AME', 'ASI', 'EUR', 'OCE']);
  });

  it('places every country except the documented exceptions', () => {
    const placed = new Set(allMembers(UN_GROUPING));
    const unplaced = COUNTRIES.map((c) => c.iso3).filter((iso3) => !placed.has(iso3));
    expect(unplaced).toEqual(UN_M49_UNASSIGNED);
    expect(UN_M49_UNASSIGNED).toEqual(['ATA']);
  });

  it.each([
    ['FRA', 'EUR'],
    ['RUS', 'EUR'],
    ['XKX', 'EUR'],
    ['EGY', 'AFR'],
    ['NGA', 'AFR'],
    ['KEN', 'AFR'],
    ['IOT', 'AFR'],
    ['BRA', 'AME'],
    ['GRL', 'AME'],
    ['BVT', 'AME'],
    ['SGS', 'AME'],
    ['JPN', 'ASI'],
    ['ISR', 'ASI'],
    ['CYP', 'ASI'],
    ['TUR', 'ASI'],
    ['KAZ', 'ASI'],
    ['TWN', 'ASI'],
    ['AUS', 'OCE'],
    ['HMD', 'OCE'],
    ['UMI', 'OCE'],
  ])('places %s in %s', (iso3, region) => {
    expect(regionOf(UN_GROUPING, iso3)).toBe(region);
  });

  it('places every WCO country member in a UN region', () => {
    const placed = new Set(allMembers(UN_GROUPING));
    expect(allMembers(WCO_GROUPING).filter((m) => !placed.has(m))).toEqual([]);
  });
});

describe('ISO numeric codes', () => {
  it('cover every country but Kosovo, with three digits each', async () => {
    const { COUNTRIES, ISO_NUMERIC_BY_ISO3 } = await import('../src/index.js');
    const missing = COUNTRIES.filter((c) => !(c.iso3 in ISO_NUMERIC_BY_ISO3)).map((c) => c.iso3);
    expect(missing).toEqual(['XKX']);
    expect(Object.values(ISO_NUMERIC_BY_ISO3).every((n) => /^\d{3}$/.test(n))).toBe(true);
    expect(ISO_NUMERIC_BY_ISO3.FRA).toBe('250');
    expect(ISO_NUMERIC_BY_ISO3.BRA).toBe('076');
  });
});

describe('the WCO grouping the platform stores', () => {
  it('holds every dated membership in its region, and no undated member', () => {
    const stored = WCO_DATED_GROUPING.regions.flatMap((r) =>
      (r.memberships ?? []).map((m) => `${r.code}:${m.iso3}:${m.from}`),
    );
    expect(stored.sort()).toEqual(WCO_MEMBERSHIPS.map((m) => `${m.region}:${m.iso3}:${m.from}`).sort());
    expect(WCO_DATED_GROUPING.regions.every((r) => r.members.length === 0)).toBe(true);
  });
});
