/**
 * A country's *current assessment* for year Y is its newest submitted or validated assessment dated from
 * Y − CURRENT_WINDOW_YEARS to Y: every regional figure, the map and a profile's freshness use this rule.
 */
export const CURRENT_WINDOW_YEARS = 2;

/** Whether an assessment of `latestYear` is still current in `year`. */
export function isCurrentIn(latestYear: number, year: number): boolean {
  return latestYear <= year && latestYear >= year - CURRENT_WINDOW_YEARS;
}
