import type { WcoMembership } from './types.js';

/**
 * WCO region MENA: North of Africa, Near and Middle East.
 * Dates and sources: see SOURCES.md, section `wco-membership.ts`.
 */
export const WCO_MEMBERSHIPS_MENA: readonly WcoMembership[] = [
  { iso3: 'ARE', region: 'MENA', from: '1979-02-07', to: null, source: 'wikipedia-2017' },
  { iso3: 'BHR', region: 'MENA', from: '2001-04-18', to: null, source: 'wikipedia-2017' },
  { iso3: 'DZA', region: 'MENA', from: '1966-12-19', to: null, source: 'wikipedia-2017' },
  { iso3: 'EGY', region: 'MENA', from: '1956-10-26', to: null, source: 'wikipedia-2017' },
  { iso3: 'IRQ', region: 'MENA', from: '1990-06-06', to: null, source: 'wikipedia-2017' },
  { iso3: 'JOR', region: 'MENA', from: '1964-01-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'KWT', region: 'MENA', from: '1993-10-04', to: null, source: 'wikipedia-2017' },
  { iso3: 'LBN', region: 'MENA', from: '1960-05-20', to: null, source: 'wikipedia-2017' },
  { iso3: 'LBY', region: 'MENA', from: '1983-01-11', to: null, source: 'wikipedia-2017' },
  { iso3: 'MAR', region: 'MENA', from: '1968-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'OMN', region: 'MENA', from: '2000-09-11', to: null, source: 'wikipedia-2017' },
  // State of Palestine
  { iso3: 'PSE', region: 'MENA', from: '2015-03-24', to: null, source: 'wikipedia-2017' },
  { iso3: 'QAT', region: 'MENA', from: '1992-05-04', to: null, source: 'wikipedia-2017' },
  { iso3: 'SAU', region: 'MENA', from: '1973-05-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'SDN', region: 'MENA', from: '1960-06-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'SYR', region: 'MENA', from: '1959-11-19', to: null, source: 'wikipedia-2017' },
  { iso3: 'TUN', region: 'MENA', from: '1966-07-20', to: null, source: 'wikipedia-2017' },
  { iso3: 'YEM', region: 'MENA', from: '1993-07-01', to: null, source: 'wikipedia-2017' },
];
