import type { WcoMembership } from './types.js';

/**
 * WCO region AP: Far East, South and South East Asia, Australasia and the Pacific Islands.
 * Dates and sources: see SOURCES.md, section `wco-membership.ts`.
 */
export const WCO_MEMBERSHIPS_AP: readonly WcoMembership[] = [
  { iso3: 'AFG', region: 'AP', from: '2004-08-10', to: null, source: 'wikipedia-2017' },
  { iso3: 'AUS', region: 'AP', from: '1961-01-05', to: null, source: 'wikipedia-2017' },
  { iso3: 'BGD', region: 'AP', from: '1978-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'BRN', region: 'AP', from: '1996-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'BTN', region: 'AP', from: '2002-02-12', to: null, source: 'wikipedia-2017' },
  { iso3: 'CHN', region: 'AP', from: '1983-07-18', to: null, source: 'wikipedia-2017' },
  { iso3: 'FJI', region: 'AP', from: '1997-07-01', to: null, source: 'wikipedia-2017' },
  // Hong Kong, China: customs territory
  { iso3: 'HKG', region: 'AP', from: '1987-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'IDN', region: 'AP', from: '1957-04-30', to: null, source: 'wikipedia-2017' },
  { iso3: 'IND', region: 'AP', from: '1971-02-15', to: null, source: 'wikipedia-2017' },
  { iso3: 'IRN', region: 'AP', from: '1959-10-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'JPN', region: 'AP', from: '1964-01-15', to: null, source: 'wikipedia-2017' },
  { iso3: 'KHM', region: 'AP', from: '2001-04-03', to: null, source: 'wikipedia-2017' },
  { iso3: 'KOR', region: 'AP', from: '1968-07-02', to: null, source: 'wikipedia-2017' },
  { iso3: 'LAO', region: 'AP', from: '2007-01-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'LKA', region: 'AP', from: '1967-05-29', to: null, source: 'wikipedia-2017' },
  // Macao, China: customs territory
  { iso3: 'MAC', region: 'AP', from: '1993-07-07', to: null, source: 'wikipedia-2017' },
  { iso3: 'MDV', region: 'AP', from: '1995-09-08', to: null, source: 'wikipedia-2017' },
  { iso3: 'MMR', region: 'AP', from: '1991-03-25', to: null, source: 'wikipedia-2017' },
  { iso3: 'MNG', region: 'AP', from: '1991-09-17', to: null, source: 'wikipedia-2017' },
  { iso3: 'MYS', region: 'AP', from: '1964-06-30', to: null, source: 'wikipedia-2017' },
  { iso3: 'NPL', region: 'AP', from: '1986-07-22', to: null, source: 'wikipedia-2017' },
  { iso3: 'NZL', region: 'AP', from: '1963-05-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'PAK', region: 'AP', from: '1955-11-16', to: null, source: 'wikipedia-2017' },
  { iso3: 'PHL', region: 'AP', from: '1980-10-01', to: null, source: 'wikipedia-2017' },
  // the WCO's 186th Member
  { iso3: 'PLW', region: 'AP', from: '2024-02-02', to: null, source: 'plw-2024' },
  { iso3: 'PNG', region: 'AP', from: '2002-03-18', to: null, source: 'wikipedia-2017' },
  { iso3: 'SGP', region: 'AP', from: '1975-07-09', to: null, source: 'wikipedia-2017' },
  // the WCO's 185th Member
  { iso3: 'SLB', region: 'AP', from: '2023-01-26', to: null, source: 'slb-2023' },
  { iso3: 'THA', region: 'AP', from: '1972-02-04', to: null, source: 'wikipedia-2017' },
  { iso3: 'TLS', region: 'AP', from: '2003-09-19', to: null, source: 'wikipedia-2017' },
  { iso3: 'TON', region: 'AP', from: '2005-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'VNM', region: 'AP', from: '1993-07-01', to: null, source: 'wikipedia-2017' },
  { iso3: 'VUT', region: 'AP', from: '2009-11-17', to: null, source: 'wikipedia-2017' },
  { iso3: 'WSM', region: 'AP', from: '2001-10-01', to: null, source: 'wikipedia-2017' },
];
