/** UI strings of the map and of the country profile. */
export const mapProfileEn = {
  // Map
  mapTitle: 'Map',
  mapIntro:
    'Each country coloured by its current assessment in the chosen year: its newest submitted or validated assessment of that year or the {window} years before. Select a country to open its profile; the table under the map lists every country.',
  mapMetricLabel: 'Colour countries by',
  mapYearLabel: 'Year',
  mapChartTitle: '{metric} by country, {year}',
  mapScaleTitle: 'Score (0–100)',
  mapOutside: 'Not in this grouping',
  mapRegionValue: 'Region’s protected mean (countries that keep their figures confidential)',
  mapOwnCountry: 'Your country (bold outline)',
  mapRegionMean: 'region mean',
  mapValue: 'Value',
  mapAssessment: 'Current assessment',
  mapNationalNote:
    'Your country, and every country that shares its figures with members, shows its own figure; every other country shows its region’s protected mean (striped), withheld where fewer than 3 administrations contribute to it.',
  mapNationalLevelNote:
    'A region has no single level: only your country, and the countries that share their figures with members, are coloured by their level.',
  mapTooltipCountry: '{country}: {value} (assessed {year})',
  mapTooltipNone: '{country}: {value}',
  mapTooltipRegion: '{country}: region mean of {region}, {value}',
  mapTooltipOutside: '{country}: not in this grouping',
  // Country profile
  profileTitle: 'Country profile: {country}',
  profileIntro:
    'The country’s assessments over time, its latest scores against its region, the handbook’s recommendations for its gaps, and its history.',
  profileCountryLabel: 'Country',
  profileLatestYear: 'Latest assessment',
  stale: 'Stale',
  staleExplained:
    'Older than the {window}-year window of current assessments: it no longer counts in this year’s figures.',
  profileForbiddenTitle: 'Not available for your account',
  profileForbiddenText:
    'Your account may read the details of your own country and of the countries that share their figures with members. {country} keeps its figures confidential: they count in the protected regional figures of the other pages.',
  profileOwnLink: 'Open your country’s profile',
  profileNotFound: 'There is no country with the code {iso3}.',
  profileGapsOf: 'Gaps of the latest counted assessment ({year}).',
  trajectoryTitle: 'Overall index of {country} over time',
  trajectoryNone: 'No submitted or validated assessment yet.',
  trajectorySubmitted: 'Submitted, not yet validated',
  trajectoryDashed:
    'Dashed line: years without an assessment in between. Drafts and returned assessments are not plotted.',
  comparisonTitle: '{country} against {region}, by dimension ({year})',
  comparisonRegionMean: '{region}: mean',
  comparisonRegionMedian: '{region}: median',
  comparisonRank: 'Rank in the region',
  comparisonRankValue: '{rank} of {of}',
  comparisonNoRegion: '{country} belongs to no region of this grouping: choose another grouping to compare it.',
  comparisonNoAssessment: '{country} has no submitted or validated assessment to compare yet.',
  selfVsComputedTitle: 'Self-assessed and computed level',
  selfVsComputedSame: 'The administration rates itself at the computed level.',
  selfVsComputedMissing: 'The self-assessed level (A.18) was not given.',
  historyTableTitle: 'History of assessments',
} satisfies Record<string, string>;

export type MapProfileMessages = Record<keyof typeof mapProfileEn, string>;
