import type { Localized } from '../i18n.js';
import type { GroupingDefinition } from './types.js';

/*
 * WCO Members and the WCO's six regions, as of 2023 (compiled by hand 2026-11; see SOURCES.md).
 *
 * How the list was compiled:
 * - Starting point: the member list by WCO region with accession dates, as mirrored from the
 *   English Wikipedia article "Member states of the World Customs Organization" (2017-2018
 *   revision, itself built from the WCO membership page and the WCO regional websites).
 * - Accessions since then, from WCO announcements and press reports: Suriname (2018),
 *   Equatorial Guinea (2021, West and Central Africa), Solomon Islands (26 January 2023,
 *   announced as the 185th Member).
 * - The running totals announced by the WCO check out against this list without the EU:
 *   183 Members at the June 2019 Council, 184 in June 2022, 185 after Solomon Islands
 *   (26 January 2023) and at the June 2023 Council.
 *
 * How we get to 185 members (WCO_MEMBER_COUNT_2023, the WCO's count, without the EU):
 *   179 UN member states
 *   + State of Palestine (since 2015, MENA) + Kosovo (since 25 January 2017, Europe)
 *   + 4 customs territories: Hong Kong, China and Macao, China (AP), Curaçao and Bermuda (AMS)
 *   = 185, by region ESA 24 + EUR 52 + AP 34 + MENA 18 + AMS 33 + WCA 24.
 *   The 186th is the European Union (status "akin to membership" since 2007; the WCO's own
 *   figure "185 Members" for 2023 does not count it).
 *   The 14 UN member states that were not WCO Members in 2023: Dominica, Grenada, Saint Kitts
 *   and Nevis, Saint Vincent and the Grenadines, Liechtenstein, Monaco, San Marino, Democratic
 *   People's Republic of Korea, Palau, Micronesia (Federated States of), Kiribati, Marshall
 *   Islands, Tuvalu, Nauru.
 *
 * Later accessions, NOT included here (this is the 2023 list): Palau (2 February 2024,
 * announced as the 186th Member by the WCO's own count, Asia/Pacific) and Saint Vincent and
 * the Grenadines (17 September 2025, 187th, Americas/Caribbean). Accessions after 2025 are not known here.
 *
 * Placements follow the WCO's regional structure, which is not geographic: Israel, Cyprus,
 * Türkiye, the Caucasus and Central Asia are in Europe; Iran and Afghanistan in Asia/Pacific;
 * Djibouti, Comoros and Somalia in East and Southern Africa; Mauritania in West and Central
 * Africa; Egypt and Sudan in MENA. Inline `// uncertain: …` marks what could not be confirmed
 * from a primary source.
 */
export const WCO_GROUPING: GroupingDefinition = {
  id: 'wco',
  name: { en: 'WCO regions', fr: 'Régions de l’OMD' },
  source:
    'WCO membership list and regional structure as of 2023 (186 Members: 185 countries and customs territories plus the European Union), compiled by hand in 2026-11 from the WCO membership list by region (as mirrored by Wikipedia) and WCO accession announcements; see comments in wco.ts and SOURCES.md for uncertain placements',
  regions: [
    {
      code: 'ESA',
      name: { en: 'East and Southern Africa', fr: 'Afrique orientale et australe' },
      members: [
        'AGO',
        'BDI',
        'BWA',
        'COM', // Arab League member, but WCO East and Southern Africa
        'DJI', // Arab League member, but WCO East and Southern Africa
        'ERI',
        'ETH',
        'KEN',
        'LSO',
        'MDG',
        'MOZ',
        'MUS',
        'MWI',
        'NAM',
        'RWA',
        'SOM', // since 2012
        'SSD', // since 2012
        'SWZ',
        'SYC',
        'TZA',
        'UGA',
        'ZAF',
        'ZMB',
        'ZWE',
      ],
    },
    {
      code: 'EUR',
      name: { en: 'Europe', fr: 'Europe' },
      // The European Union is also in this region, but it is not a country: see WCO_NON_COUNTRY_MEMBERS.
      members: [
        'ALB',
        'AND',
        'ARM',
        'AUT',
        'AZE',
        'BEL',
        'BGR',
        'BIH',
        'BLR',
        'CHE',
        'CYP',
        'CZE',
        'DEU',
        'DNK',
        'ESP',
        'EST',
        'FIN',
        'FRA',
        'GBR',
        'GEO',
        'GRC',
        'HRV',
        'HUN',
        'IRL',
        'ISL',
        'ISR',
        'ITA',
        'KAZ',
        'KGZ',
        'LTU',
        'LUX',
        'LVA',
        'MDA',
        'MKD',
        'MLT',
        'MNE',
        'NLD',
        'NOR',
        'POL',
        'PRT',
        'ROU',
        'RUS',
        'SRB',
        'SVK',
        'SVN',
        'SWE',
        'TJK',
        'TKM',
        'TUR',
        'UKR',
        'UZB',
        'XKX', // Kosovo, since 25 January 2017 (not a UN member state)
      ],
    },
    {
      code: 'AP',
      name: {
        en: 'Far East, South and South East Asia, Australasia and the Pacific Islands',
        fr: 'Extrême-Orient, Asie du Sud et du Sud-Est, Australasie et îles du Pacifique',
      },
      members: [
        'AFG',
        'AUS',
        'BGD',
        'BRN',
        'BTN',
        'CHN',
        'FJI',
        'HKG', // Hong Kong, China: customs territory, since 1987
        'IDN',
        'IND',
        'IRN',
        'JPN',
        'KHM',
        'KOR',
        'LAO',
        'LKA',
        'MAC', // Macao, China: customs territory, since 1993
        'MDV',
        'MMR',
        'MNG',
        'MYS',
        'NPL',
        'NZL',
        'PAK',
        'PHL',
        'PNG',
        'SGP',
        'SLB', // since 26 January 2023 (the WCO's 185th Member)
        'THA',
        'TLS',
        'TON',
        'VNM',
        'VUT',
        'WSM',
      ],
    },
    {
      code: 'MENA',
      name: {
        en: 'North of Africa, Near and Middle East',
        fr: 'Afrique du Nord, Proche et Moyen-Orient',
      },
      members: [
        'ARE',
        'BHR',
        'DZA',
        'EGY',
        'IRQ',
        'JOR',
        'KWT',
        'LBN',
        'LBY',
        'MAR',
        'OMN',
        'PSE', // State of Palestine, since 2015
        'QAT',
        'SAU',
        'SDN',
        'SYR',
        'TUN',
        'YEM',
      ],
    },
    {
      code: 'AMS',
      name: {
        en: 'South America, North America, Central America and the Caribbean',
        fr: 'Amérique du Sud, Amérique du Nord, Amérique centrale et Caraïbes',
      },
      members: [
        'ARG',
        'ATG', // since 2017
        'BHS',
        'BLZ',
        'BMU', // uncertain: customs territory (since 1990) per secondary sources only; consistent with the WCO's running totals
        'BOL',
        'BRA',
        'BRB',
        'CAN',
        'CHL',
        'COL',
        'CRI',
        'CUB',
        'CUW', // uncertain: the membership was the Netherlands Antilles' (1988), taken over by Curaçao; Sint Maarten (SXM) and BES are not counted as Members
        'DOM',
        'ECU',
        'GTM',
        'GUY',
        'HND',
        'HTI',
        'JAM',
        'LCA',
        'MEX',
        'NIC',
        'PAN',
        'PER',
        'PRY',
        'SLV',
        'SUR', // since 2018
        'TTO',
        'URY',
        'USA',
        'VEN',
      ],
    },
    {
      code: 'WCA',
      name: { en: 'West and Central Africa', fr: 'Afrique occidentale et centrale' },
      members: [
        'BEN',
        'BFA',
        'CAF',
        'CIV',
        'CMR',
        'COD',
        'COG',
        'CPV',
        'GAB',
        'GHA',
        'GIN',
        'GMB',
        'GNB',
        'GNQ', // since 2021
        'LBR',
        'MLI',
        'MRT', // uncertain: placed in West and Central Africa (not MENA) after the WCO regional lists as mirrored by Wikipedia
        'NER',
        'NGA',
        'SEN',
        'SLE',
        'STP',
        'TCD',
        'TGO',
      ],
    },
  ],
};

/** WCO Members that are not countries or territories, so appear in no region's `members`. */
export const WCO_NON_COUNTRY_MEMBERS: { code: string; name: Localized; region: string }[] = [
  { code: 'EU', name: { en: 'European Union', fr: 'Union européenne' }, region: 'EUR' },
];

/**
 * Members of the WCO at the end of 2023, counted as the WCO counts them: the 185 countries and customs
 * territories of WCO_GROUPING, without the European Union (its "186th Member" is Palau, 2 February 2024;
 * SOURCES.md). Other dates: wcoMemberCount.
 */
export const WCO_MEMBER_COUNT_2023 = 185;
