import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from './disclosure-world.js';
import { inTransaction, insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Pages cut from the page marks (a mark every 100 members, member-page-marks.sql.ts), checked against the
 * members of a generated grouping "marks" computed here from its memberships by the year-end rule: a membership
 * counts in a year when it starts by 31 December and has not ended before it. Every country of the reference
 * data is in the grouping, in region A, B, both, or one then the other, some from or until a date, some
 * ending on a 30 or 31 December. Every member is assessed in each year read, so a page's rows are its members.
 */
let t: TestApp;

interface Membership {
  country: string;
  region: 'A' | 'B';
  from: string | null;
  to: string | null;
}

const YEARS = [2004, 2013, 2024];
const REGIONS = [null, 'A', 'B'] as const;

async function get(path: string) {
  const token = await t.tokenFor('analyst');
  return request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`).expect(200);
}

/** The members of `region` (null: any) at the end of `year`, in the order of their codes. */
function membersAt(memberships: Membership[], region: string | null, year: number): string[] {
  const end = `${year}-12-31`;
  const held = memberships.filter(
    (m) =>
      (region === null || m.region === region) && (m.from === null || m.from <= end) && (m.to === null || m.to >= end),
  );
  return [...new Set(held.map((m) => m.country))].sort();
}

/** Memberships drawn for each country; a date as YYYY-MM-DD, null for no bound. */
function drawMemberships(countries: string[]): Membership[] {
  const random = prng(1907);
  const year = () => 2000 + Math.floor(random() * 25);
  const day = () => `${year()}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
  return countries.flatMap((country): Membership[] => {
    const r = random();
    if (r < 0.45) return [{ country, region: 'A', from: null, to: null }];
    if (r < 0.6) return [{ country, region: 'B', from: day(), to: null }];
    if (r < 0.7)
      return [
        { country, region: 'A', from: null, to: null },
        { country, region: 'B', from: null, to: null },
      ];
    if (r < 0.8) return [{ country, region: 'A', from: null, to: day() }];
    if (r < 0.9) {
      const moved = year();
      return [
        { country, region: 'A', from: null, to: `${moved}-06-30` },
        { country, region: 'B', from: `${moved}-07-01`, to: null },
      ];
    }
    const edge = YEARS[Math.floor(random() * YEARS.length)]!;
    return random() < 0.5
      ? [{ country, region: 'B', from: `${edge}-12-31`, to: null }]
      : [{ country, region: 'A', from: null, to: `${edge}-12-${random() < 0.5 ? '30' : '31'}` }];
  });
}

async function writeMemberships(memberships: Membership[]): Promise<void> {
  await inTransaction(t.db, async (tx) => {
    await tx.query(
      `DELETE FROM region_members WHERE region_id IN (SELECT id FROM regions WHERE grouping_id = 'marks')`,
    );
    await tx.query(
      `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
       SELECT r.id, m.country, coalesce(m.valid_from::date, '-infinity'), m.valid_to::date
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS m(country, region, valid_from, valid_to)
       JOIN regions r ON r.grouping_id = 'marks' AND r.code = m.region`,
      [
        memberships.map((m) => m.country),
        memberships.map((m) => m.region),
        memberships.map((m) => m.from),
        memberships.map((m) => m.to),
      ],
    );
  });
}

/** The map's page of `region` (null: every region) in `year`. */
async function mapPage(region: string | null, year: number, offset: number | string, limit: number) {
  const where = region === null ? '' : `&region=${region}`;
  const { body } = await get(
    `/api/analytics/countries/map?grouping=marks&year=${year}${where}&limit=${limit}&offset=${offset}`,
  );
  return { total: body.total as number, countries: (body.items as { country: string }[]).map((i) => i.country) };
}

let countries: string[];
let memberships: Membership[];

beforeAll(async () => {
  t = await startTestApp();
  countries = (await t.db.query<{ iso3: string }>('SELECT iso3 FROM countries ORDER BY iso3')).rows.map((r) => r.iso3);
  await insertGrouping(t.db, 'marks', { A: [], B: [] });
  memberships = drawMemberships(countries);
  await writeMemberships(memberships);
  const fixed = { selfLevel: 3, items: {}, answers: {}, status: 'validated' as const, level: 3 };
  await inTransaction(t.db, async (tx) => {
    for (const year of YEARS)
      for (const [k, country] of countries.entries())
        await insertAssessment(tx, { ...fixed, country, year, overall: (k % 97) + 1 });
  });
}, 120_000);
afterAll(() => t.close());

describe('pages cut from the page marks', () => {
  it('has more than two marks of members in the grouping, so that pages start past a mark', () => {
    expect(countries.length).toBeGreaterThan(200);
    for (const year of YEARS) expect(membersAt(memberships, null, year).length).toBeGreaterThan(200);
  });

  it('gives every year and region its members in the order of their codes, page after page', async () => {
    for (const year of YEARS)
      for (const region of REGIONS) {
        const expected = membersAt(memberships, region, year);
        const pages = [];
        for (let offset = 0; offset <= expected.length; offset += 37)
          pages.push(await mapPage(region, year, offset, 37));
        expect(
          pages.flatMap((p) => p.countries),
          `${region ?? 'ALL'} ${year}`,
        ).toEqual(expected);
        for (const p of pages) expect(p.total).toBe(expected.length);
      }
  });

  it('starts a page on either side of a mark at the right member', async () => {
    for (const year of YEARS)
      for (const region of REGIONS) {
        const expected = membersAt(memberships, region, year);
        for (const offset of [98, 99, 100, 101, 199, 200, 201, expected.length - 1]) {
          const page = await mapPage(region, year, offset, 3);
          expect(page.countries, `${region ?? 'ALL'} ${year} from ${offset}`).toEqual(
            expected.slice(offset, offset + 3),
          );
        }
      }
  });

  it('gives an empty page past the last member, however far, and none in a year before any member', async () => {
    expect(await mapPage(null, 2024, 100_000, 10)).toMatchObject({ countries: [] });
    expect(await mapPage(null, 2024, Number.MAX_SAFE_INTEGER, 10)).toMatchObject({ countries: [] });
    // FRA, assessed in 2004, joins L in 2010: not in L's 2004 page.
    await insertGrouping(t.db, 'late', { L: [] });
    await t.db.query(
      `INSERT INTO region_members (region_id, country_iso3, valid_from)
       SELECT id, 'FRA', '2010-01-01' FROM regions WHERE grouping_id = 'late'`,
    );
    const early = await get('/api/analytics/countries/map?grouping=late&year=2004&offset=0');
    expect(early.body).toMatchObject({ total: 0, items: [] });
    const later = await get('/api/analytics/countries/map?grouping=late&year=2013&offset=0');
    expect(later.body).toMatchObject({ total: 1, items: [{ country: 'FRA' }] });
  });

  it('cuts the country list’s pages the same way', async () => {
    const expected = membersAt(memberships, null, 2013);
    const listed: string[] = [];
    for (let offset = 0; offset < expected.length; offset += 90) {
      const { body } = await get(`/api/analytics/countries?grouping=marks&year=2013&limit=90&offset=${offset}`);
      listed.push(...new Set((body.items as { country: string }[]).map((i) => i.country)));
    }
    expect(listed).toEqual(expected);
  });

  it('moves the marks when the memberships change', async () => {
    const random = prng(2031);
    const changed = memberships
      .filter(() => random() > 0.3)
      .map((m) => (random() < 0.2 ? { ...m, region: m.region === 'A' ? ('B' as const) : ('A' as const) } : m));
    const unique = new Map(changed.map((m) => [`${m.country} ${m.region} ${m.from}`, m]));
    memberships = [...unique.values()];
    await writeMemberships(memberships);
    for (const region of REGIONS) {
      const expected = membersAt(memberships, region, 2024);
      const pages = [];
      for (let offset = 0; offset <= expected.length; offset += 45) pages.push(await mapPage(region, 2024, offset, 45));
      expect(
        pages.flatMap((p) => p.countries),
        region ?? 'ALL',
      ).toEqual(expected);
    }
  });
});
