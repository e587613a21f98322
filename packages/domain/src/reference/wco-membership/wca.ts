import type { WcoMembership } from './types.js';

/**
 * WCO region WCA: West and Central Africa.
 * Dates and sources: see SOURCES.md, section `wco-membership.ts`.
 */
export const WCO_MEMBERSHIPS_WCA: readonly WcoMembership[] = [
  { iso3: 'BEN', region: 'WCA', from: '1998-11-09', to: null, source: 'wikipedia-2017' },
  { iso3: 'BFA', region: 'WCA', from: '1966-09-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'CAF', region: 'WCA', from: '1986-07-28', to: null, source: 'wikipedia-2017' },
  { iso3: 'CIV', region: 'WCA', from: '1963-09-02', to: null, source: 'wikipedia-2017' },
  { iso3: 'CMR', region: 'WCA', from: '1965-04-09', to: null, source: 'wikipedia-2017' },
  { iso3: 'COD', region: 'WCA', from: '1972-07-26', to: null, source: 'wikipedia-2017' },
  { iso3: 'COG', region: 'WCA', from: '1975-09-02', to: null, source: 'wikipedia-2017' },
  { iso3: 'CPV', region: 'WCA', from: '1992-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'GAB', region: 'WCA', from: '1965-02-18', to: null, source: 'wikipedia-2017' },
  { iso3: 'GHA', region: 'WCA', from: '1968-08-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'GIN', region: 'WCA', from: '1991-10-30', to: null, source: 'wikipedia-2017' },
  { iso3: 'GMB', region: 'WCA', from: '1987-10-14', to: null, source: 'wikipedia-2017' },
  { iso3: 'GNB', region: 'WCA', from: '2010-08-19', to: null, source: 'wikipedia-2017' },
  // unconfirmed: day unknown; after 23 December 2020 (still joining) and before May 2022 (24 WCA Members)
  { iso3: 'GNQ', region: 'WCA', from: '2021-01-01', to: null, source: 'gnq-embassy-2021' },
  { iso3: 'LBR', region: 'WCA', from: '1975-01-07', to: null, source: 'wikipedia-2017' },
  { iso3: 'MLI', region: 'WCA', from: '1987-08-07', to: null, source: 'wikipedia-2017' },
  { iso3: 'MRT', region: 'WCA', from: '1979-10-02', to: null, source: 'wikipedia-2017' },
  { iso3: 'NER', region: 'WCA', from: '1981-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'NGA', region: 'WCA', from: '1963-08-21', to: null, source: 'wikipedia-2017' },
  { iso3: 'SEN', region: 'WCA', from: '1976-03-10', to: null, source: 'wikipedia-2017' },
  { iso3: 'SLE', region: 'WCA', from: '1975-11-06', to: null, source: 'wikipedia-2017' },
  { iso3: 'STP', region: 'WCA', from: '2009-09-23', to: null, source: 'wikipedia-2017' },
  { iso3: 'TCD', region: 'WCA', from: '2005-02-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'TGO', region: 'WCA', from: '1990-02-12', to: null, source: 'wikipedia-2017' },
];
