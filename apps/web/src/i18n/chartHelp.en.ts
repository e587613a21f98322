/**
 * "How to read this chart": a few plain sentences per chart, beside its download menu (ChartDownloadMenu).
 * Each says what a mark means, what the axis measures, what withheld or not assessed means where it
 * applies, and one pitfall; faithful to docs/methodology.md and docs/disclosure.md.
 */
export const chartHelpEn = {
  chartHelpSummary: 'How to read this chart',
  chartHelpMaturity:
    'Each line is a region: the mean overall maturity index (0–100) of its assessed administrations, year by year; a country counts with its newest submitted or validated assessment of that year or the two before. A hollow marker means fewer than half of the members were assessed, and a gap means no assessment that year, never zero. Pitfall: these are means of the assessed administrations only, and coverage differs between regions.',
  chartHelpLevels:
    'Each bar is every member of the grouping or region in one year, split by level of the continuum (1 coexistence to 5 collaboration); members without a current assessment form their own “not assessed” part. A striped bar means the year’s figures are withheld because fewer than 3 administrations contribute. Pitfall: a large “not assessed” part means the levels describe only a few members.',
  chartHelpDifficulties:
    'Each bar is the share of a region’s assessed administrations that name a difficulty. An administration may name several, so the shares of a region do not add up to 100%. Pitfall: administrations that were not assessed in the reporting cycle are not counted at all.',
  chartHelpTrajectory:
    'Each point is one of the country’s submitted or validated assessments, placed at its year, with its overall index (0–100). A dashed line joins years with no assessment in between. Pitfall: a change of a few points may come from answers to a few items; compare the dimension scores before drawing conclusions.',
  chartHelpDimensionComparison:
    'For each of the nine dimensions, the country’s score (0–100) is shown against the mean of its region’s assessed administrations in the same year, and the median and rank where your account may see them. Pitfall: a region’s mean covers only its assessed members, and for national users it may be protected (slightly perturbed).',
  chartHelpCompareDimensions:
    'One panel per dimension: a bar per country gives its score (0–100) in its newest assessment, and a black tick the mean of its region in that year. Pitfall: the countries’ newest assessments may be from different years.',
  chartHelpCompareTrajectories:
    'One line per country, each with its own colour, marker and dash, gives its overall index (0–100) at each assessment. A filled marker is a validated assessment, a hollow one a submitted assessment not yet validated. Pitfall: years without an assessment are not zero; the line only joins the assessments.',
  chartHelpJointUnits:
    'Each bar stacks the joint units in force during the year, coloured by type; its height is their number. Pitfall: a unit in force over several years counts in each of them, so the bars cannot be added up across years.',
  chartHelpInstrumentMap:
    'Each member country is coloured with its region’s share (%) of members holding the chosen instrument in the year, so all countries of a region share one colour. Pitfall: the colour says nothing about the country itself; open its profile to see its own instruments.',
  chartHelpDimensionMultiple:
    'One small chart per dimension: each line is a region’s mean score (0–100) in that dimension, year by year, over its assessed administrations. A gap in a line means no assessment or withheld figures that year, never zero. Pitfall: coverage differs between regions and years, so a jump may come from who was assessed.',
  chartHelpHeatmap:
    'Each cell is the mean score (0–100) of a region’s assessed administrations in one dimension; the number is printed in the cell and the colour repeats it on the scale below. A cell marked withheld or not assessed has no figure; it is never zero. Pitfall: cells of a small region rest on few administrations.',
  chartHelpUnitTypes:
    'Each bar adds up, over the period, what the joint units of one type achieved in the region shown: results, arrests or seizure cases, as chosen above. Years withheld for fewer than 3 reporting countries are left out of the totals. Pitfall: these are counts, not rates; a type with more units naturally shows more.',
  chartHelpCorrelation:
    'Each point is a country: its overall maturity index (0–100) across, and the chosen outcome of the operations it reported for the year up. Countries with results but no current assessment are left out; Pearson’s r and Spearman’s ρ measure how closely the two rise together. Pitfall: a correlation is not a cause, and outcomes are self-reported and not audited.',
  chartHelpDatabaseRates:
    'Each bar is an INTERPOL database: hits divided by queries over all the queries of the period, not an average of yearly rates. A database a country did not report adds nothing. Pitfall: a high rate on few queries says little; the table gives the number of queries.',
  chartHelpTrendCount:
    'Each line is a region: the measure summed over its members’ reported results, year by year (an operation counts in the year it ended). A region whose members reported nothing counts zero; a gap in a line is a withheld or missing figure (for operations, fewer than 3 reporting countries). Pitfall: regions differ in size and in reporting habits.',
  chartHelpTrendShare:
    'Each line is a region: the share (%) of its members holding the instrument, year by year. A gap means the figure is withheld or missing, never zero. Pitfall: members are counted at 31 December of each year, so a change in membership moves the share too.',
  chartHelpTrendRate:
    'Each line is a region: hits divided by queries of all its members’ INTERPOL database checks, year by year, not an average of countries’ rates. A gap means no queries or withheld figures, never zero. Pitfall: a rate on few queries moves a lot from year to year.',
  chartHelpUnitsList:
    'Each row is one joint unit with its results, arrests and seizure cases over the period; click a column heading to sort. Pitfall: these figures cover every operation of the period; the programme, activity and commodity filters do not apply to them.',
  chartHelpCommodity:
    'Each bar is a commodity: the quantity seized over the period in the unit named above. Quantities in different units (kg, litres, items, currencies) are never converted or added, so each unit has its own chart. Pitfall: figures are reported by the countries themselves and are not audited.',
  chartHelpParticipation:
    'Each country is coloured by the number of operations ending in the period that it took part in; the darker, the more. Countries that took part in none are shown as such in the key, not as a pale shade. Pitfall: taking part is not the same as reporting results; the table gives both.',
  chartHelpMap:
    'Each country is coloured by the chosen figure from its current assessment (its newest submitted or validated one of the year or the years just before). Countries without one are shown as not assessed, never as zero; a country that keeps its figures confidential may show its region’s protected mean. Pitfall: a colour band spans a range of values; hover or use the table for the exact figure.',
  chartHelpGapClosure:
    'Each bar is a handbook item: of the gaps found at an assessment, how many were closed (0.5 points or more) at the country’s next assessment, with and without a done action addressing them. Pitfall: few cases and no control group; this is not proof that the actions caused the closure.',
  chartHelpActionStatus:
    'Each bar stacks the region’s plan actions at 31 December of the year, coloured by status; a dot marks the overdue actions (past their target date, not done). Pitfall: counts of actions, not of countries; one country with a long plan weighs a lot.',
  chartHelpPlanShare:
    'Each line is a region: the share (%) of its members with a national action plan at 31 December of the year. A gap means the figure is withheld or there are no members, never zero. Pitfall: having a plan says nothing about how many of its actions are done.',
};

export type ChartHelpMessages = typeof chartHelpEn;

/** The text keys of the charts' help; every chart's download menu requires one. */
export type ChartHelpKey = Exclude<keyof ChartHelpMessages, 'chartHelpSummary'>;
