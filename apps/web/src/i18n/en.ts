/**
 * Every UI string of the web app, in English. The keys of this object define the
 * `Messages` type that the other languages must satisfy completely.
 * Placeholders in braces are filled by `translate`.
 */
export const en = {
  appName: 'CPC Observatory',
  appTagline: 'Analytics for the WCO/INTERPOL Customs–Police Cooperation Handbook',
  skipToContent: 'Skip to main content',
  languageSwitchLabel: 'Language',
  languageEnglish: 'English',
  languageFrench: 'Français',
  documentTitle: 'Cooperation maturity by region — CPC Observatory',
  pageTitle: 'Cooperation maturity by region',
  pageIntro:
    'Mean overall maturity index (0–100) of the customs administrations that answered the diagnostic questionnaire, by region and year. Administrations without an assessment are not counted as zero: they lower the coverage, not the score.',
  demoBannerTitle: 'Synthetic demo data',
  demoBannerText: 'These figures are generated for demonstration and describe no real administration.',
  controlsLegend: 'What to show',
  groupingLabel: 'Regional grouping',
  groupingsLoading: 'Loading groupings…',
  groupingsError: 'The list of groupings could not be loaded: {message}',
  fromLabel: 'From',
  toLabel: 'To',
  showBandLabel: 'Show interquartile range',
  showAllMembersLabel: 'Show the all-members average',
  chartTitle: 'Mean overall maturity index by region, {from}–{to}',
  chartDescription:
    'Line chart with one line per region. The table below gives the same figures for the latest assessed year; hover over or focus the chart for the values of each year.',
  yAxisLabel: 'Overall maturity index (0–100)',
  allMembers: 'All members',
  legendTitle: 'Regions',
  legendHint: 'Select a region to highlight it and show only its interquartile range.',
  legendLowCoverage: 'Hollow marker: fewer than half of the members were assessed that year (coverage below 50%).',
  legendBand: 'Shaded band: interquartile range (25th to 75th percentile) of the assessed administrations.',
  legendGaps: 'Gap in a line: no assessment in that year. A missing assessment is never shown as zero.',
  legendAllMembers: 'Dashed line: all members of the grouping together.',
  tooltipRegion: 'Region',
  statMean: 'Mean',
  statMedian: 'Median',
  statIqr: 'IQR',
  statAssessed: 'Assessed',
  notAssessed: 'Not assessed',
  coverageValue: '{assessed}/{members} ({coverage})',
  rangeValue: '{low}–{high}',
  lowCoverage: 'low coverage',
  tableTitle: 'Coverage in {year}',
  tableDescription:
    'Latest year of the selected period with at least one assessment. Coverage is the share of the region’s members that were assessed.',
  tableRegion: 'Region',
  tableAssessed: 'Assessed / members',
  tableCoverage: 'Coverage',
  tableMean: 'Mean index',
  tableMedian: 'Median index',
  tableIqr: 'Interquartile range',
  loading: 'Loading…',
  loadingChart: 'Loading maturity data…',
  updating: 'Updating…',
  emptyTitle: 'No assessments in this period',
  emptyText:
    'No administration in this grouping has an assessment between {from} and {to}. Try a longer period or another grouping.',
  errorTitle: 'The data could not be loaded',
  errorStatus: 'Server status {status}',
  errorNetwork: 'The server could not be reached.',
  retry: 'Retry',
  footerMethodology: 'Methodology {version}.',
  footerCoverage:
    'Statistics describe assessed administrations only; the coverage figures show how many members of each region they represent.',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
