/**
 * An assessment stays a country's current one for this many years after its own: the API's analytics
 * count, for year Y, the newest assessment of each country dated Y−2 to Y (WINDOW_YEARS in the API).
 */
export const CURRENT_WINDOW_YEARS = 2;
