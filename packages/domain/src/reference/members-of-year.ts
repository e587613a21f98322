import type { GroupingResponse } from '../schemas/reference.js';

/** Whether a membership period holds at 31 December of `year`: the rule by which a year counts its members. */
export function isMemberAtYearEnd(period: { from: string | null; to: string | null }, year: number): boolean {
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return (period.from === null || period.from <= end) && (period.to === null || period.to >= end);
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
