import type { WcoMembership } from './types.js';

/**
 * WCO region AMS: South America, North America, Central America and the Caribbean.
 * Dates and sources: see SOURCES.md, section `wco-membership.ts`.
 */
export const WCO_MEMBERSHIPS_AMS: readonly WcoMembership[] = [
  { iso3: 'ARG', region: 'AMS', from: '1968-07-01', to: null, source: 'wikipedia-2017' },
  // unconfirmed: day from Wikipedia only; the year is confirmed (WCO, December 2017: the newest Member)
  { iso3: 'ATG', region: 'AMS', from: '2017-04-10', to: null, source: 'wikipedia-2017' },
  { iso3: 'BHS', region: 'AMS', from: '1974-08-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'BLZ', region: 'AMS', from: '2008-04-22', to: null, source: 'wikipedia-2017' },
  // customs territory
  { iso3: 'BMU', region: 'AMS', from: '1990-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'BOL', region: 'AMS', from: '1997-08-14', to: null, source: 'wikipedia-2017' },
  { iso3: 'BRA', region: 'AMS', from: '1981-01-19', to: null, source: 'wikipedia-2017' },
  { iso3: 'BRB', region: 'AMS', from: '1999-01-07', to: null, source: 'wikipedia-2017' },
  { iso3: 'CAN', region: 'AMS', from: '1971-10-12', to: null, source: 'wikipedia-2017' },
  { iso3: 'CHL', region: 'AMS', from: '1966-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'COL', region: 'AMS', from: '1993-07-11', to: null, source: 'wikipedia-2017' },
  { iso3: 'CRI', region: 'AMS', from: '2001-08-29', to: null, source: 'wikipedia-2017' },
  { iso3: 'CUB', region: 'AMS', from: '1988-07-01', to: null, source: 'wikipedia-2017' },
  // the Netherlands Antilles' membership (1988), carried on by Curaçao after 2010; uncertain, as in wco.ts
  { iso3: 'CUW', region: 'AMS', from: '1988-07-11', to: null, source: 'wikipedia-2017' },
  { iso3: 'DOM', region: 'AMS', from: '2004-07-28', to: null, source: 'wikipedia-2017' },
  { iso3: 'ECU', region: 'AMS', from: '1997-12-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'GTM', region: 'AMS', from: '1985-02-22', to: null, source: 'wikipedia-2017' },
  { iso3: 'GUY', region: 'AMS', from: '1976-07-29', to: null, source: 'wikipedia-2017' },
  { iso3: 'HND', region: 'AMS', from: '2005-12-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'HTI', region: 'AMS', from: '1958-01-31', to: null, source: 'wikipedia-2017' },
  { iso3: 'JAM', region: 'AMS', from: '1963-03-29', to: null, source: 'wikipedia-2017' },
  { iso3: 'LCA', region: 'AMS', from: '2005-05-12', to: null, source: 'wikipedia-2017' },
  { iso3: 'MEX', region: 'AMS', from: '1988-02-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'NIC', region: 'AMS', from: '1998-09-24', to: null, source: 'wikipedia-2017' },
  { iso3: 'PAN', region: 'AMS', from: '1996-03-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'PER', region: 'AMS', from: '1970-01-27', to: null, source: 'wikipedia-2017' },
  { iso3: 'PRY', region: 'AMS', from: '1969-10-03', to: null, source: 'wikipedia-2017' },
  { iso3: 'SLV', region: 'AMS', from: '2005-07-07', to: null, source: 'wikipedia-2017' },
  // unconfirmed: day unknown; the 183rd Member, after September 2017 (182) and before the June 2019 Council (183)
  { iso3: 'SUR', region: 'AMS', from: '2018-01-01', to: null, source: 'gfc-2018-suriname' },
  { iso3: 'TTO', region: 'AMS', from: '1973-10-15', to: null, source: 'wikipedia-2017' },
  { iso3: 'URY', region: 'AMS', from: '1977-09-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'USA', region: 'AMS', from: '1970-11-05', to: null, source: 'wikipedia-2017' },
  // the WCO's 187th Member
  { iso3: 'VCT', region: 'AMS', from: '2025-09-17', to: null, source: 'vct-2025' },
  { iso3: 'VEN', region: 'AMS', from: '1996-07-01', to: null, source: 'wikipedia-2017' },
];
