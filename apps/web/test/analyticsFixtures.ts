import type { DifficultiesResponse, GapsResponse, ProfileResponse } from '@cpc/domain';
import { DIMENSIONS } from '@cpc/domain';

const dims = (value: number) =>
  Object.fromEntries(DIMENSIONS.map((d) => [d, value])) as Record<(typeof DIMENSIONS)[number], number>;

export const franceProfile: ProfileResponse = {
  methodologyVersion: 'v1',
  country: { iso3: 'FRA', iso2: 'FR', name: { en: 'France', fr: 'France' } },
  grouping: 'wco',
  regions: [
    {
      grouping: 'wco',
      groupingName: { en: 'WCO regions', fr: 'Régions de l’OMD' },
      code: 'EUR',
      name: { en: 'Europe', fr: 'Europe' },
    },
  ],
  assessments: [
    { id: 'a-2019', year: 2019, status: 'validated', overall: 67.8, level: 4, selfLevel: 4, dimensions: dims(60) },
    { id: 'a-2023', year: 2023, status: 'submitted', overall: 40, level: 2, selfLevel: 4, dimensions: dims(40) },
    { id: 'a-2024', year: 2024, status: 'draft', overall: null, level: null, selfLevel: null, dimensions: dims(0) },
  ],
  latest: {
    id: 'a-2023',
    year: 2023,
    status: 'submitted',
    overall: 40,
    level: 2,
    selfLevel: 4,
    dimensions: dims(40),
    gaps: [
      {
        code: 'A.1',
        dimension: 'governance',
        points: 0,
        gaps: { en: 'No arrangements.', fr: 'Aucune disposition.' },
        solutions: { en: 'Conclusion of an MoU/MoA', fr: 'Conclusion d’un PE/PA' },
        solutionsFromGuidance: false,
      },
    ],
  },
  comparison: DIMENSIONS.map((dimension, i) => ({
    dimension,
    country: 40,
    regionMean: i === 0 ? null : 55.5,
    regionMedian: i === 0 ? null : 60,
    rankInRegion: i === 0 ? null : 12,
    regionAssessed: i === 0 ? 2 : 20,
    suppressed: i === 0,
  })),
  comparisonRegion: { code: 'EUR', name: { en: 'Europe', fr: 'Europe' }, year: 2023 },
  selfVsComputed: { selfLevel: 4, computedLevel: 2, difference: 2 },
  freshness: { latestYear: 2023, stale: true },
  demo: true,
  protected: false,
};

export const wcoGaps: GapsResponse = {
  methodologyVersion: 'v1',
  grouping: 'wco',
  year: 2025,
  period: { from: 2023, to: 2025 },
  protected: false,
  items: [
    { region: 'EUR', code: 'A.1', dimension: 'governance', assessed: 6, withGap: 3, share: 0.5, suppressed: false },
    { region: 'EUR', code: 'A.16.1', dimension: 'training', assessed: 6, withGap: 4, share: 4 / 6, suppressed: false },
    { region: 'ALL', code: 'A.1', dimension: 'governance', assessed: 14, withGap: 7, share: 0.5, suppressed: false },
    { region: 'ALL', code: 'A.16.1', dimension: 'training', assessed: 14, withGap: 2, share: 1 / 7, suppressed: false },
    { region: 'AP', code: 'A.1', dimension: 'governance', assessed: 2, withGap: null, share: null, suppressed: true },
  ],
};

export const wcoDifficulties: DifficultiesResponse = {
  methodologyVersion: 'v1',
  grouping: 'wco',
  year: 2025,
  period: { from: 2023, to: 2025 },
  protected: false,
  items: [
    { region: 'EUR', option: 'lack_of_trust', assessed: 6, count: 3, share: 0.5, suppressed: false },
    { region: 'EUR', option: 'legal_barriers', assessed: 6, count: 1, share: 1 / 6, suppressed: false },
    { region: 'ALL', option: 'lack_of_trust', assessed: 14, count: 5, share: 5 / 14, suppressed: false },
  ],
};
