import type { WcoMembership } from './types.js';

/**
 * WCO region ESA: East and Southern Africa.
 * Dates and sources: see SOURCES.md, section `wco-membership.ts`.
 */
export const WCO_MEMBERSHIPS_ESA: readonly WcoMembership[] = [
  { iso3: 'AGO', region: 'ESA', from: '1990-09-26', to: null, source: 'wikipedia-2017' },
  { iso3: 'BDI', region: 'ESA', from: '1964-10-20', to: null, source: 'wikipedia-2017' },
  { iso3: 'BWA', region: 'ESA', from: '1978-08-25', to: null, source: 'wikipedia-2017' },
  { iso3: 'COM', region: 'ESA', from: '1993-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'DJI', region: 'ESA', from: '2008-03-19', to: null, source: 'wikipedia-2017' },
  { iso3: 'ERI', region: 'ESA', from: '1995-08-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'ETH', region: 'ESA', from: '1973-08-06', to: null, source: 'wikipedia-2017' },
  { iso3: 'KEN', region: 'ESA', from: '1965-05-24', to: null, source: 'wikipedia-2017' },
  { iso3: 'LSO', region: 'ESA', from: '1978-08-02', to: null, source: 'wikipedia-2017' },
  { iso3: 'MDG', region: 'ESA', from: '1964-02-18', to: null, source: 'wikipedia-2017' },
  { iso3: 'MOZ', region: 'ESA', from: '1987-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'MUS', region: 'ESA', from: '1973-03-29', to: null, source: 'wikipedia-2017' },
  { iso3: 'MWI', region: 'ESA', from: '1966-06-06', to: null, source: 'wikipedia-2017' },
  { iso3: 'NAM', region: 'ESA', from: '1992-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'RWA', region: 'ESA', from: '1964-03-03', to: null, source: 'wikipedia-2017' },
  { iso3: 'SOM', region: 'ESA', from: '2012-10-04', to: null, source: 'wikipedia-2017' },
  { iso3: 'SSD', region: 'ESA', from: '2012-07-18', to: null, source: 'wikipedia-2017' },
  { iso3: 'SWZ', region: 'ESA', from: '1981-05-15', to: null, source: 'wikipedia-2017' },
  { iso3: 'SYC', region: 'ESA', from: '2000-07-25', to: null, source: 'wikipedia-2017' },
  { iso3: 'TZA', region: 'ESA', from: '1964-11-07', to: null, source: 'wikipedia-2017' },
  { iso3: 'UGA', region: 'ESA', from: '1964-11-03', to: null, source: 'wikipedia-2017' },
  { iso3: 'ZAF', region: 'ESA', from: '1964-03-24', to: null, source: 'wikipedia-2017' },
  { iso3: 'ZMB', region: 'ESA', from: '1978-09-27', to: null, source: 'wikipedia-2017' },
  { iso3: 'ZWE', region: 'ESA', from: '1981-03-19', to: null, source: 'wikipedia-2017' },
];
