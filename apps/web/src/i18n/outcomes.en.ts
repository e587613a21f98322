/** UI strings of the operations dashboard and of maturity against outcomes. */
export const outcomesEn = {
  // Dashboard
  outcomesTitle: 'Operations dashboard',
  outcomesIntro:
    'What joint operations achieved, by region and by the year they ended: operations with results, arrests, seizure cases, controlled deliveries and database hit rates, then the seizures and checks in detail and who took part.',
  outcomesScatterLink: 'Maturity against outcomes',
  outcomesListLink: 'The operations one by one',
  outcomesNationalNote:
    'Your account sees protected regional figures: a region’s figures are withheld in a year when fewer than 3 of its countries reported.',
  outcomesEmptyTitle: 'No results in this period',
  outcomesEmptyText:
    'No country of this grouping reported results for operations ending between {from} and {to} with these filters. Try a longer period or fewer filters.',
  outcomeTrendsTitle: 'Outcomes by region, {from}–{to}',
  outcomeTrendsDescription:
    'One chart per outcome, each with its own scale, by the year the operations ended. A region where nothing was reported counts zero; a gap in a line is a withheld figure.',
  outcomeTrendCaption: '{metric} by region, {from}–{to}',
  metricOperations: 'Operations with results',
  metricArrests: 'Arrests',
  metricSeizureCases: 'Seizure cases',
  metricControlledDeliveries: 'Controlled deliveries',
  metricHitRate: 'Database hit rate',
  noQueries: 'No queries',
  commodityAll: 'All commodities',
  periodRange: '{from}–{to}',
  detailTitle: 'Seizures and database checks, {period}',
  detailPeriodLabel: 'Period shown',
  detailWithheld: 'Figures withheld for {years} (fewer than 3 reporting countries) are not included in these totals.',
  commodityTitle: 'Quantities seized by commodity',
  commodityDescription:
    'All members of the grouping together. One chart per unit: kilograms, litres, pieces, heads and currencies are never added to each other.',
  commodityNone: 'No seizure was reported in this period.',
  commodityUnitTitle: 'In {unit}',
  commodityCaption: 'Quantities seized in {unit}, {period}',
  commodityQuantityIn: 'Quantity ({unit})',
  databaseTitle: 'Hit rate by INTERPOL database',
  databaseDescription:
    'Hits divided by queries in each database, over all the queries of the period (not an average of yearly rates).',
  databaseNone: 'No database query was reported in this period.',
  databaseCaption: 'Hit rate by database, {period}',
  databaseName: 'Database',
  participationTitle: 'Participation in operations, {from}–{to}',
  participationDescription:
    'Each country coloured by the number of operations ending in the period that it took part in. The table also gives how many of them it reported results for.',
  participationNational:
    'Your account sees the participation of your own country and of the countries that share their figures with members only.',
  participationScaleTitle: 'Operations taken part in',
  participationScaleText: 'Darker purple is fewer operations, yellow more, on a scale from 0 to {max}.',
  participationNone: 'No operation',
  participationReported: 'With results reported',
  participationTooltip:
    '{country}: {operations, plural, one {# operation} other {# operations}}, results reported for {reported}',
  participationTooltipNone: '{country}: no operation',
  // Maturity against outcomes
  scatterPageTitle: 'Maturity against outcomes',
  scatterIntro:
    'Each country’s overall maturity index (its current assessment) against an outcome of the operations it reported for the year, with two correlation coefficients.',
  scatterMetricLabel: 'Outcome',
  scatterBackLink: 'Back to the operations dashboard',
  scatterNationalNote:
    'Your account sees the points of your own country and of the countries that share their figures with members only. The coefficients are computed over every country with both figures, and shown only where 10 or more countries are behind them.',
  scatterTitle: 'Overall index against {metric}, {year}',
  scatterTooltip: 'Overall index {overall}; {metric}: {value}',
  scatterEmpty: 'No country has both a current assessment and reported results for {year}.',
  correlationPearson: 'Pearson’s r',
  correlationSpearman: 'Spearman’s ρ',
  correlationN: 'Countries (n)',
  correlationNone: 'not computed',
  correlationTooFew:
    'A coefficient needs at least {min} countries with both figures, and figures that vary; otherwise it is not computed.',
  correlationExcluded:
    '{count, plural, one {# country reported results but has no current assessment and is left out.} other {# countries reported results but have no current assessment and are left out.}}',
  correlationCaveat:
    'Correlation is not causation: countries that score higher may report more outcomes for many other reasons (size, traffic, resources). Reporting practices also differ between countries, so outcomes are not strictly comparable.',
  // Outcomes by joint unit (the register's airport task forces, port control units…)
  unitsTitle: 'Outcomes by joint unit, {period}',
  unitsHowToRead:
    'How to read this chart: each bar adds up, over the period, what the joint units of one type achieved in the region shown (results, arrests or seizure cases, as chosen). The list below gives each unit; click a column to sort it.',
  unitsFiltersNote:
    'The joint units’ figures cover every operation of the period: the programme, activity and commodity filters do not apply to them.',
  unitsRegionLabel: 'Region shown',
  unitsMeasureLabel: 'Figure shown',
  unitsResults: 'Results',
  unitsChartCaption: '{measure} by joint-unit type, {region}, {period}',
  unitsTypeTableCaption: 'Results, arrests and seizure cases by joint-unit type, {region}, {period}',
  unitsTypeColumn: 'Unit type',
  unitsNone: 'No operation result of this period names a joint unit of the register.',
  unitsListTitle: 'Joint units one by one',
  unitsListCaption: 'Results of each joint unit, {region}, {period}',
  unitsListNational:
    'Your account lists the units of your own country and of the countries that share their figures with members.',
  unitsListEmpty: 'No unit of this region has a result in the period.',
  unitsColumnUnit: 'Unit',
  unitsColumnSite: 'Site',
  // Maturity against outcomes, for a national user
  scatterReferenceLegend: '{region}, all members (reference)',
  scatterReferenceTooltip: '{region}, all members: mean overall index {overall}; {metric}: {value}',
  scatterViewerCount:
    'You see {country}: overall index {overall} and {value} ({metric}) in {year}. The hollow diamond is {region} as a whole: the mean index of its assessed members, {refOverall}, and their {metric} per reporting country, {refValue}. Both axes keep their full scales (0–100 for the index), so the distance reads as it would among all members.',
  scatterViewerRate:
    'You see {country}: overall index {overall} and a hit rate of {value} in {year}. The hollow diamond is {region} as a whole: the mean index of its assessed members, {refOverall}, and the hit rate of all their checks, {refValue}. Both axes keep their full scales (0–100 for the index), so the distance reads as it would among all members.',
  scatterViewerWithheld:
    'You see {country}: overall index {overall} and {value} ({metric}) in {year}. {region}’s own figures for the year are withheld (fewer than 3 countries), so no reference is drawn.',
} satisfies Record<string, string>;

export type OutcomesMessages = Record<keyof typeof outcomesEn, string>;
