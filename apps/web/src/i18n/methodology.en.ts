/** UI strings of the methodology versions: the switch, v1 and v2 compared, and the default's decision. */
export const methodologyEn = {
  // The switch beside the dashboard's filters
  methodologySwitchLabel: 'Methodology',
  methodologyDefaultOption: '{title} (default)',
  methodologyLoading: 'Loading…',
  navMethodology: 'v1 and v2',
  methodologyFooterBoth: 'Methodologies v1 and v2.',
  // The comparison page
  methodologyPageTitle: 'Methodologies v1 and v2 compared',
  methodologyPageIntro:
    'The same assessments scored under both methodologies: how the regions rank by mean index, and how a country’s index and level change. Only the scoring differs; the answers are the same.',
  methodologyRanksTitle: 'Regions ranked by mean index under v1 and v2, {year}',
  methodologyRanksNote:
    'Rank 1 is the highest mean index. Regions whose figures are withheld or that have no assessment are not ranked. Rows whose rank changes are highlighted.',
  methodologyRanksEmpty: 'No region has a mean index in {year} under either version.',
  methodologyRegion: 'Region',
  methodologyMeanOf: 'Mean index, {version}',
  methodologyRankOf: 'Rank, {version}',
  methodologyRankChange: 'Change of rank',
  methodologyNoMean: 'no figure',
  methodologyRankUp: 'up {places} under v2',
  methodologyRankDown: 'down {places} under v2',
  methodologyRankSame: 'unchanged',
  methodologyRankNotCompared: 'not comparable',
  methodologyCountryTitle: '{country} under each version, {year}',
  methodologyCountryTitleNone: 'A country under each version',
  methodologyCountryLabel: 'Country',
  methodologyCountryPrompt: 'Choose a country',
  methodologyCountryNone: '{country} has no current assessment in {year}.',
  methodologyVersion: 'Methodology',
  methodologyOverallIndex: 'Overall index',
  methodologyLevel: 'Level',
  methodologyDifference: 'Difference (v2 − v1)',
  // The default and its decision
  methodologyDecisionTitle: 'Default methodology',
  methodologyDefaultIs: 'Figures that name no methodology use {title}.',
  methodologyInitialDefault: 'This is the initial default: no admin has adopted another version yet.',
  methodologyAdoptedBy: 'Adopted by',
  methodologyAdoptedAt: 'On',
  methodologyReason: 'Reason',
  methodologyDefaultBadge: 'Default',
  methodologyNotScored: 'Scores being computed',
  methodologyAdoptTitle: 'Adopt another version as the default',
  methodologyAdoptVersion: 'Version to adopt',
  methodologyAlreadyDefault: 'This version is already the default.',
  methodologyAdoptReason: 'Reason for the decision',
  methodologyAdoptReasonHint: 'Kept with your name and the date in the audit log, and shown to every user.',
  methodologyAdoptSubmit: 'Adopt as the default',
  methodologyAdopting: 'Adopting…',
  methodologyAdopted: '{title} is now the default.',
} satisfies Record<string, string>;

export type MethodologyMessages = Record<keyof typeof methodologyEn, string>;
