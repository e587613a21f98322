import { isMemberOn, yearEnd } from './members-of-year.js';
import { WCO_MEMBERSHIPS_AMS } from './wco-membership/ams.js';
import { WCO_MEMBERSHIPS_AP } from './wco-membership/ap.js';
import { WCO_MEMBERSHIPS_ESA } from './wco-membership/esa.js';
import { WCO_MEMBERSHIPS_EUR } from './wco-membership/eur.js';
import { WCO_MEMBERSHIPS_MENA } from './wco-membership/mena.js';
import type { WcoMembership, WcoMembershipSourceKey, WcoRegionCode } from './wco-membership/types.js';
import { WCO_MEMBERSHIPS_WCA } from './wco-membership/wca.js';

export type { WcoMembership, WcoMembershipSourceKey, WcoRegionCode } from './wco-membership/types.js';

/*
 * WCO membership with dates (issue #15), compiled by hand 2026-12; see SOURCES.md, section `wco-membership.ts`.
 *
 * - One period per Member country or customs territory and WCO region, from its accession (deposit of the
 *   instrument with the depositary, Belgium) to the day it ended (none has: no Member has left the WCO or
 *   changed region since 2015 in the sources found).
 * - Dates before 2016 come from the WCO membership list as mirrored by Wikipedia (2017–2018 revision); the
 *   accessions since then from announcements by the WCO and the acceding countries. Lines marked
 *   `// unconfirmed:` carry a date whose day (or more) could not be checked against a stored source.
 * - The European Union (rights "akin to membership" since 1 July 2007) is not in `WCO_MEMBERSHIPS`: the WCO's
 *   own count of its Members leaves it out (185 at Solomon Islands' accession on 26 January 2023, Palau the
 *   186th, Saint Vincent and the Grenadines the 187th). It is kept apart, in `WCO_EU_MEMBERSHIP`.
 * - Year Y's membership is the membership at 31 December of Y.
 */

/** The WCO regions, in the order of `WCO_GROUPING`. */
export const WCO_REGION_CODES: readonly WcoRegionCode[] = ['ESA', 'EUR', 'AP', 'MENA', 'AMS', 'WCA'];

/** Every period of membership of a WCO Member country or customs territory (not the EU), by region. */
export const WCO_MEMBERSHIPS: readonly WcoMembership[] = [
  ...WCO_MEMBERSHIPS_ESA,
  ...WCO_MEMBERSHIPS_EUR,
  ...WCO_MEMBERSHIPS_AP,
  ...WCO_MEMBERSHIPS_MENA,
  ...WCO_MEMBERSHIPS_AMS,
  ...WCO_MEMBERSHIPS_WCA,
];

/**
 * The European Union: a WCO Member in all but name since 1 July 2007 (rights and obligations akin to
 * membership, on an interim basis), in the Europe region. `countedByWco: false`: the WCO's number of Members
 * does not include it, so neither does `wcoMemberCount`.
 */
export const WCO_EU_MEMBERSHIP = {
  code: 'EU',
  region: 'EUR',
  from: '2007-07-01',
  to: null,
  source: 'wikipedia-2016',
  countedByWco: false,
} as const satisfies Omit<WcoMembership, 'iso3'> & { code: string; countedByWco: boolean };

/** Where each `source` key points; SOURCES.md says what each gives. */
export const WCO_MEMBERSHIP_SOURCES: Readonly<Record<WcoMembershipSourceKey, { title: string; url: string }>> = {
  'wikipedia-2017': {
    title: 'Member states of the World Customs Organization (Wikipedia, September 2017 revision, with Suriname 2018)',
    url: 'https://en.wikipedia.org/wiki/Member_states_of_the_World_Customs_Organization',
  },
  'wikipedia-2016': {
    title: 'Member states of the World Customs Organization (Wikipedia, June 2016 revision)',
    url: 'https://nzt-eth.ipns.dweb.link/wiki/Member_states_of_the_World_Customs_Organization.html',
  },
  'kosovo-mfa-2017': {
    title: 'Republic of Kosovo joins the World Custom Organization (Embassy of Kosovo in Belgium)',
    url: 'http://ambasada-ks.net/be/?page=4,8,318',
  },
  'wco-2017-antigua': {
    title: 'Newest WCO Member – Antigua & Barbuda – benefits from Mercator Programme (WCO, 1 December 2017)',
    url: 'https://www.wcoomd.org/en/media/newsroom/2017/december/newest-wco-member-antigua-barbuda-benefits-from-mercator-programme.aspx',
  },
  'gfc-2018-suriname': {
    title: 'Suriname wordt lid van World Customs Organisation (GFC Nieuws)',
    url: 'https://www.gfcnieuws.com/suriname-wordt-lid-van-world-customs-organisation/',
  },
  'gnq-embassy-2021': {
    title: 'World Customs Organization (Embassy of Equatorial Guinea in Brussels)',
    url: 'https://embajada-guinea-ecuatorial.com/en/world-customs-organization/',
  },
  'slb-2023': {
    title: 'Solomon Islands becomes 185th member of the World Customs Organization (EIN Presswire, 12 February 2023)',
    url: 'https://www.einpresswire.com/article/616667654/solomon-islands-becomes-185th-member-of-the-world-customs-organization',
  },
  'plw-2024': {
    title:
      'Palau joins the World Customs Organization as the 186th Member (Palau Bureau of Customs and Border Protection)',
    url: 'https://bcbp.pw/?p=3769',
  },
  'vct-2025': {
    title: 'Saint Vincent and the Grenadines becomes the 187th WCO Member (St Vincent Times, 19 October 2025)',
    url: 'https://www.stvincenttimes.com/st-vincent-world-customs-organization/',
  },
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function assertIsoDate(date: string): void {
  if (!ISO_DATE.test(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
}

/** ISO3 codes of the WCO Members (countries and customs territories, not the EU) at `date`, by region, sorted. */
export function wcoMembersAt(date: string): Record<WcoRegionCode, string[]> {
  assertIsoDate(date);
  const byRegion = Object.fromEntries(WCO_REGION_CODES.map((code) => [code, [] as string[]])) as Record<
    WcoRegionCode,
    string[]
  >;
  for (const m of WCO_MEMBERSHIPS) if (isMemberOn(m, date)) byRegion[m.region].push(m.iso3);
  for (const code of WCO_REGION_CODES) byRegion[code].sort();
  return byRegion;
}

/** The WCO Members of year `year`: those at 31 December of that year, by region. */
export function wcoMembersOfYear(year: number): Record<WcoRegionCode, string[]> {
  return wcoMembersAt(yearEnd(year));
}

/**
 * The number of WCO Members at `date` as the WCO counts them: countries and customs territories, without the
 * European Union (185 from 26 January 2023, 186 from 2 February 2024, 187 from 17 September 2025).
 */
export function wcoMemberCount(date: string): number {
  assertIsoDate(date);
  return WCO_MEMBERSHIPS.filter((m) => isMemberOn(m, date)).length;
}

/** The number of WCO Members at 31 December of `year`, as the WCO counts them (without the EU). */
export function wcoMemberCountOfYear(year: number): number {
  return wcoMemberCount(yearEnd(year));
}
