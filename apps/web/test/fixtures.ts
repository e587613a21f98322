import { headlineOf, type GroupingsResponse, type MaturityResponse, type MetaResponse } from '@cpc/domain';

type Point = MaturityResponse['series'][number];

const NO_LEVELS = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
const NO_DIMENSIONS: Point['dimensions'] = {
  governance: null,
  information_exchange: null,
  risk_targeting: null,
  joint_controls: null,
  enforcement_powers: null,
  investigations: null,
  resource_sharing: null,
  liaison: null,
  training: null,
};

type PointInput = Pick<Point, 'region' | 'year' | 'members' | 'assessed' | 'coverage'> & Partial<Point>;

/** A series row with every statistic null unless given: the shape of an unassessed region-year. */
export function point(input: PointInput): Point {
  return {
    regionName: { en: input.region, fr: input.region },
    mean: null,
    median: null,
    p25: null,
    p75: null,
    min: null,
    max: null,
    levels: NO_LEVELS,
    selfLevels: NO_LEVELS,
    dimensions: NO_DIMENSIONS,
    suppressed: false,
    ...input,
  };
}

export const meta: MetaResponse = {
  methodologyVersion: 'v1',
  demoData: true,
  latestYear: 2025,
  dataYears: { first: 2016, last: 2025 },
  wcoMembers: { asOf: '2026-11-27', count: 187 },
};

const name = (en: string, fr: string) => ({ en, fr });

type Region = GroupingsResponse['groupings'][number]['regions'][number];
/** Regions whose members have no dates, as UN and custom groupings answer them. */
export const undated = (regions: Omit<Region, 'memberships'>[]): Region[] =>
  regions.map((r) => ({ ...r, memberships: r.members.map((iso3) => ({ iso3, from: null, to: null })) }));

export const groupings: GroupingsResponse = {
  groupings: [
    {
      id: 'wco',
      builtIn: true,
      name: name('WCO regions', 'Régions de l’OMD'),
      source: 'WCO',
      regions: undated([
        {
          code: 'ESA',
          name: name('East and Southern Africa', 'Afrique orientale et australe'),
          members: ['KEN', 'ZAF', 'TZA', 'UGA', 'ZMB'],
        },
        { code: 'EUR', name: name('Europe', 'Europe'), members: ['FRA', 'DEU', 'ITA', 'ESP', 'POL', 'SWE'] },
        { code: 'AP', name: name('Asia/Pacific', 'Asie/Pacifique'), members: ['AUS', 'JPN', 'NZL', 'THA'] },
        {
          code: 'MENA',
          name: name('North of Africa, Near and Middle East', 'Afrique du Nord, Proche et Moyen-Orient'),
          members: ['EGY', 'JOR', 'MAR'],
        },
        {
          code: 'AMS',
          name: name('Americas and the Caribbean', 'Amériques et Caraïbes'),
          members: ['BRA', 'CAN', 'MEX', 'JAM'],
        },
        {
          code: 'WCA',
          name: name('West and Central Africa', 'Afrique occidentale et centrale'),
          members: ['SEN', 'CIV', 'CMR', 'NGA'],
        },
      ]),
    },
    {
      id: 'un',
      builtIn: true,
      name: name('UN regions', 'Régions de l’ONU'),
      source: 'UN M49',
      regions: undated([
        { code: 'AFR', name: name('Africa', 'Afrique'), members: ['KEN', 'ZAF', 'SEN'] },
        { code: 'AME', name: name('Americas', 'Amériques'), members: ['BRA', 'CAN'] },
        { code: 'ASI', name: name('Asia', 'Asie'), members: ['JPN', 'THA'] },
        { code: 'EUR', name: name('Europe', 'Europe'), members: ['FRA', 'DEU'] },
        { code: 'OCE', name: name('Oceania', 'Océanie'), members: ['AUS', 'NZL'] },
      ]),
    },
  ],
};

function regionName(groupingId: string, code: string) {
  const region = groupings.groupings.find((g) => g.id === groupingId)?.regions.find((r) => r.code === code);
  return region?.name ?? name('All members', 'Tous les membres');
}

/** A maturity answer with the headline the API computes from its points. */
function withHeadline(answer: Omit<MaturityResponse, 'headline'>): MaturityResponse {
  return { ...answer, headline: headlineOf(answer.series, answer.to) };
}

/** WCO figures for 2024–2025. 2025 is the latest year; MENA is never assessed. */
export const wcoMaturity: MaturityResponse = withHeadline({
  grouping: 'wco',
  from: 2024,
  to: 2025,
  dimension: null,
  status: 'counted',
  methodologyVersion: 'v1',
  protected: false,
  series: [
    { region: 'AP', year: 2024, members: 4, assessed: 2, coverage: 0.5, mean: 50, median: 50, p25: 45, p75: 55 },
    { region: 'AP', year: 2025, members: 4, assessed: 3, coverage: 0.75, mean: 55.25, median: 56, p25: 50, p75: 60.5 },
    { region: 'ESA', year: 2024, members: 5, assessed: 1, coverage: 0.2, mean: 38, median: 38, p25: 38, p75: 38 },
    { region: 'ESA', year: 2025, members: 5, assessed: 2, coverage: 0.4, mean: 40, median: 40, p25: 35, p75: 45 },
    { region: 'EUR', year: 2024, members: 6, assessed: 5, coverage: 5 / 6, mean: 70, median: 71, p25: 66, p75: 75 },
    { region: 'EUR', year: 2025, members: 6, assessed: 6, coverage: 1, mean: 72.5, median: 73, p25: 68, p75: 78 },
    { region: 'MENA', year: 2024, members: 3, assessed: 0, coverage: 0 },
    { region: 'MENA', year: 2025, members: 3, assessed: 0, coverage: 0 },
    { region: 'AMS', year: 2024, members: 4, assessed: 1, coverage: 0.25, mean: 58, median: 58, p25: 58, p75: 58 },
    { region: 'AMS', year: 2025, members: 4, assessed: 2, coverage: 0.5, mean: 61, median: 61, p25: 59, p75: 63 },
    { region: 'WCA', year: 2024, members: 4, assessed: 0, coverage: 0 },
    { region: 'WCA', year: 2025, members: 4, assessed: 1, coverage: 0.25, mean: 30, median: 30, p25: 30, p75: 30 },
    { region: 'ALL', year: 2024, members: 26, assessed: 9, coverage: 9 / 26, mean: 60.8, median: 62, p25: 50, p75: 70 },
    {
      region: 'ALL',
      year: 2025,
      members: 26,
      assessed: 14,
      coverage: 14 / 26,
      mean: 58.1,
      median: 60,
      p25: 45,
      p75: 70,
      levels: { '1': 3, '2': 4, '3': 4, '4': 2, '5': 1 },
    },
  ].map((p) => point({ ...p, regionName: regionName('wco', p.region) })),
});

/** UN figures: one assessed region, so the page has data to draw. */
export const unMaturity: MaturityResponse = withHeadline({
  grouping: 'un',
  from: 2024,
  to: 2025,
  dimension: null,
  status: 'counted',
  methodologyVersion: 'v1',
  protected: false,
  series: ['AFR', 'AME', 'ASI', 'EUR', 'OCE', 'ALL'].flatMap((region) =>
    [2024, 2025].map((year) =>
      region === 'EUR'
        ? point({ region, year, members: 2, assessed: 2, coverage: 1, mean: 65, median: 65, p25: 60, p75: 70 })
        : point({ region, year, members: 2, assessed: 0, coverage: 0, regionName: regionName('un', region) }),
    ),
  ),
});

export const emptyMaturity: MaturityResponse = withHeadline({
  ...wcoMaturity,
  series: wcoMaturity.series.map((p) =>
    point({ region: p.region, year: p.year, members: p.members, assessed: 0, coverage: 0 }),
  ),
});
