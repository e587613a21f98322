import type { GroupingResponse } from '../schemas/reference.js';

/** A membership period: first and last day included (ISO dates), null where open. */
interface Period {
  from: string | null;
  to: string | null;
}

/** The last day of a year (ISO date): the day whose members the year counts. */
export function yearEnd(year: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  return `${year}-12-31`;
}

/** Whether a membership period holds on a day (ISO date). */
export function isMemberOn(period: Period, date: string): boolean {
  return (period.from === null || period.from <= date) && (period.to === null || date <= period.to);
}

/** Whether a membership period holds at 31 December of `year`: the rule by which a year counts its members. */
export function isMemberAtYearEnd(period: Period, year: number): boolean {
  return isMemberOn(period, yearEnd(year));
}

/** A grouping with each region's members as of `year`, read from its dated memberships (what the API counts that year). */
export function groupingOfYear(grouping: GroupingResponse, year: number): GroupingResponse {
  return {
    ...grouping,
    regions: grouping.regions.map((region) => ({
      ...region,
      members: [...new Set(region.memberships.filter((m) => isMemberAtYearEnd(m, year)).map((m) => m.iso3))].sort(),
    })),
  };
}
