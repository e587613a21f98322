import { describe, it, expect } from 'vitest';
import {
  COUNTRIES,
  WCO_EU_MEMBERSHIP,
  WCO_GROUPING,
  WCO_MEMBERSHIPS,
  WCO_MEMBERSHIP_SOURCES,
  WCO_REGION_CODES,
  wcoMemberCount,
  wcoMemberCountOfYear,
  wcoMembersAt,
  wcoMembersOfYear,
  type WcoRegionCode,
} from '../src/index.js';

function regionOf(members: Record<WcoRegionCode, string[]>, iso3: string): WcoRegionCode | undefined {
  return WCO_REGION_CODES.find((code) => members[code].includes(iso3));
}

describe('WCO_MEMBERSHIPS', () => {
  it('has well-formed periods: ISO dates, every `to` after its `from`', () => {
    for (const m of WCO_MEMBERSHIPS) {
      expect(m.from, m.iso3).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(m.from)), m.iso3).toBe(false);
      if (m.to !== null) {
        expect(m.to, m.iso3).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(m.to > m.from, m.iso3).toBe(true);
      }
    }
  });

  it('has no overlapping periods for a country', () => {
    const byIso3 = new Map<string, (typeof WCO_MEMBERSHIPS)[number][]>();
    for (const m of WCO_MEMBERSHIPS) byIso3.set(m.iso3, [...(byIso3.get(m.iso3) ?? []), m]);
    for (const [iso3, periods] of byIso3) {
      const sorted = [...periods].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1]!;
        expect(previous.to, iso3).not.toBeNull();
        expect(sorted[i]!.from > previous.to!, iso3).toBe(true);
      }
    }
  });

  it('uses only codes of COUNTRIES, regions of WCO_GROUPING and known sources', () => {
    const iso3s = new Set(COUNTRIES.map((c) => c.iso3));
    const regions = WCO_GROUPING.regions.map((r) => r.code);
    for (const m of WCO_MEMBERSHIPS) {
      expect(iso3s.has(m.iso3), m.iso3).toBe(true);
      expect(regions, m.iso3).toContain(m.region);
      expect(WCO_MEMBERSHIP_SOURCES[m.source], m.iso3).toBeDefined();
    }
    expect(regions).toEqual([...WCO_REGION_CODES]);
  });

  it('keeps the European Union apart, not counted by the WCO', () => {
    expect(WCO_MEMBERSHIPS.some((m) => m.iso3 === 'EUU' || m.iso3 === 'EU')).toBe(false);
    expect(WCO_EU_MEMBERSHIP).toMatchObject({ code: 'EU', region: 'EUR', from: '2007-07-01', countedByWco: false });
  });
});

describe('wcoMemberCount: the WCO’s own count, without the EU', () => {
  it('gives the counts the WCO announced', () => {
    expect(wcoMemberCount('2016-06-30')).toBe(180);
    expect(wcoMemberCount('2017-09-30')).toBe(182);
    expect(wcoMemberCount('2019-06-27')).toBe(183);
    expect(wcoMemberCount('2022-06-23')).toBe(184);
    expect(wcoMemberCount('2023-01-01')).toBe(184);
    expect(wcoMemberCount('2023-01-25')).toBe(184);
    expect(wcoMemberCount('2023-01-26')).toBe(185);
    expect(wcoMemberCount('2023-06-30')).toBe(185);
    expect(wcoMemberCount('2024-02-01')).toBe(185);
    expect(wcoMemberCount('2024-02-02')).toBe(186);
    expect(wcoMemberCount('2024-12-31')).toBe(186);
    expect(wcoMemberCount('2025-09-16')).toBe(186);
    expect(wcoMemberCount('2025-09-17')).toBe(187);
    expect(wcoMemberCount('2025-12-31')).toBe(187);
  });

  it('counts a year at 31 December', () => {
    expect(wcoMemberCountOfYear(2015)).toBe(180);
    expect(wcoMemberCountOfYear(2016)).toBe(180);
    expect(wcoMemberCountOfYear(2017)).toBe(182);
    expect(wcoMemberCountOfYear(2018)).toBe(183);
    expect(wcoMemberCountOfYear(2020)).toBe(183);
    expect(wcoMemberCountOfYear(2021)).toBe(184);
    expect(wcoMemberCountOfYear(2022)).toBe(184);
    expect(wcoMemberCountOfYear(2023)).toBe(185);
    expect(wcoMemberCountOfYear(2024)).toBe(186);
    expect(wcoMemberCountOfYear(2025)).toBe(187);
  });

  it('rejects what is not a date or a year', () => {
    expect(() => wcoMemberCount('2023')).toThrow(RangeError);
    expect(() => wcoMembersAt('31/12/2023')).toThrow(RangeError);
    expect(() => wcoMembersOfYear(2023.5)).toThrow(RangeError);
  });
});

describe('wcoMembersAt / wcoMembersOfYear', () => {
  it('has Kosovo from 25 January 2017, in Europe', () => {
    expect(regionOf(wcoMembersOfYear(2016), 'XKX')).toBeUndefined();
    expect(regionOf(wcoMembersAt('2017-01-24'), 'XKX')).toBeUndefined();
    expect(regionOf(wcoMembersAt('2017-01-25'), 'XKX')).toBe('EUR');
    expect(regionOf(wcoMembersOfYear(2017), 'XKX')).toBe('EUR');
  });

  it('has Palau in Asia/Pacific from 2024, and Saint Vincent and the Grenadines in the Americas from 2025', () => {
    expect(regionOf(wcoMembersOfYear(2023), 'PLW')).toBeUndefined();
    expect(regionOf(wcoMembersOfYear(2024), 'PLW')).toBe('AP');
    expect(regionOf(wcoMembersOfYear(2024), 'VCT')).toBeUndefined();
    expect(regionOf(wcoMembersOfYear(2025), 'VCT')).toBe('AMS');
  });

  it('leaves out of the earlier years the Members that joined after 2016', () => {
    const members2016 = wcoMembersOfYear(2016);
    for (const iso3 of ['XKX', 'ATG', 'SUR', 'GNQ', 'SLB', 'PLW', 'VCT']) {
      expect(regionOf(members2016, iso3), iso3).toBeUndefined();
    }
    expect(regionOf(wcoMembersOfYear(2022), 'SLB')).toBeUndefined();
    expect(regionOf(wcoMembersOfYear(2023), 'SLB')).toBe('AP');
  });

  it('gives for 2023 exactly the members of WCO_GROUPING, region by region', () => {
    const members2023 = wcoMembersOfYear(2023);
    for (const region of WCO_GROUPING.regions) {
      expect(members2023[region.code as WcoRegionCode], region.code).toEqual([...region.members].sort());
    }
    expect(Object.values(members2023).flat()).toHaveLength(185);
  });

  it('counts per region at the end of 2025', () => {
    const members = wcoMembersOfYear(2025);
    const counts = Object.fromEntries(WCO_REGION_CODES.map((code) => [code, members[code].length]));
    expect(counts).toEqual({ ESA: 24, EUR: 52, AP: 35, MENA: 18, AMS: 34, WCA: 24 });
  });
});
