/** UI strings shared by the analytics pages, the overview and the comparison of regions. */
export const analyticsEn = {
  // Shared
  copyLink: 'Copy link',
  copyLinkDone: 'Link copied to the clipboard: it opens this exact view.',
  copyLinkFailed: 'The link could not be copied. Copy this address by hand:',
  showTable: 'Show as table',
  hideTable: 'Hide the table',
  definitionOf: 'Definition: {label}',
  withheldShort: 'Withheld (fewer than 3 contributors)',
  validatedOnlyLabel: 'Validated assessments only',
  countedSubmitted: 'submitted or validated',
  countedValidated: 'validated',
  measureLabel: 'Measure',
  regionLabel: 'Region',
  kindLabel: 'Level',
  members: 'Members',
  customGroupings: 'Custom groupings',
  iqrShort: 'IQR',
  legendTitleShort: 'Key',
  scaleLegendText: 'Darker purple is a lower score, yellow a higher one, on a scale from 0 to 100.',
  // Overview
  overviewTitle: 'Cooperation maturity overview',
  regionsOverTime: 'Regions over time',
  chartTitleDimension: 'Mean score for “{dimension}” by region, {from}–{to}',
  yAxisLabelDimension: '{dimension}: score (0–100)',
  headlineTitle: 'Key figures for {year}',
  headlineNone: 'The grouping has no figures for {year}.',
  headlineAssessed: 'Administrations assessed in {year}',
  headlineAssessedDetail: 'of {members, plural, one {# member} other {# members}} ({coverage} coverage)',
  headlineAssessedDefinition:
    'Members of the grouping with a current assessment in {year}: their newest {counted} assessment dated {first} to {year}. Members without one are not assessed: they lower the coverage, never the scores.',
  headlineMean: 'Mean overall index, {year}',
  headlineMeanDetail: 'out of 100, assessed administrations only',
  headlineMeanDefinition:
    'The average overall maturity index (0–100) of the administrations assessed that year. An administration without an assessment is not counted as zero.',
  headlineLevel3: 'At level 3 or above, {year}',
  headlineLevel3Detail: '{count} of {assessed} assessed',
  headlineLevel3Definition:
    'The share of assessed administrations whose computed level is 3 (Cooperation), 4 (Coordination) or 5 (Collaboration) on the handbook’s integration continuum.',
  headlineChange: 'Change since {previous}',
  headlineChangeValue: '{value} points',
  headlineChangeMore:
    '{count, plural, one {# more administration} other {# more administrations}} assessed than in {previous}',
  headlineChangeFewer:
    '{count, plural, one {# fewer administration} other {# fewer administrations}} assessed than in {previous}',
  headlineChangeSame: 'As many administrations assessed as in {previous}',
  headlineChangeDefinition:
    'The mean overall index in {year} minus the mean in {previous}, in index points (from the one-decimal means shown). The administrations assessed may differ between the two years.',
  levelsTitle: 'Levels of the continuum: {place}, {from}–{to}',
  levelsTitleSelf: 'Self-assessed levels (A.18): {place}, {from}–{to}',
  levelsDescription:
    'Each bar is every member of the grouping or region in that year: the assessed administrations by level, and those not assessed, shown as their own category. A year whose figures are withheld is one striped bar.',
  levelsAxis: 'Administrations',
  // Compare
  compareTitle: 'Compare regions',
  compareIntro:
    'The regions side by side on each of the nine dimensions: over time in small charts sharing one 0–100 scale, then for one year as a heatmap and a table.',
  heatmapYearLabel: 'Year of the heatmap',
  smallMultiplesTitle: 'Each dimension over time, {from}–{to}',
  smallMultiplesDescription:
    'One chart per dimension, every chart on the same 0–100 scale. A gap in a line is a year with no assessment (or a withheld figure), never a zero.',
  smallMultipleCaption: 'Mean score for {dimension} by region, {from}–{to}',
  legendHintCompare: 'Select a region to highlight it in every chart.',
  heatmapTitle: 'Regions × dimensions in {year}',
  heatmapCaption: 'Mean scores by region and dimension, {year}',
  heatmapDescription:
    'The mean score of each region’s assessed administrations, printed in each cell; the colour repeats it on the scale below.',
  heatmapLegend: 'Mean score (0–100)',
  statsTitle: 'Overall index by region in {year}',
  statsDescription:
    'The statistics of the overall index of each region’s assessed administrations, and the share of its members they are (coverage).',
} satisfies Record<string, string>;

export type AnalyticsMessages = Record<keyof typeof analyticsEn, string>;
