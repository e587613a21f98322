import type { CurrentAssessment, MethodologyVersion } from '@cpc/domain';

/** A country's current assessment as scored under one version. */
export interface VersionScore {
  version: MethodologyVersion;
  year: number;
  overall: number;
  level: number;
}

/** The country's current assessment under a version, from that version's answer; null when it has none. */
export function scoreOf(
  version: MethodologyVersion,
  items: readonly CurrentAssessment[],
  iso3: string,
): VersionScore | null {
  const item = items.find((i) => i.country === iso3);
  return item ? { version, year: item.year, overall: item.scores.overall, level: item.scores.level } : null;
}

/** The countries either answer lists, without repeats, in the order the first lists them. */
export function countriesOf(...answers: readonly (readonly CurrentAssessment[] | undefined)[]): string[] {
  return [...new Set(answers.flatMap((items) => (items ?? []).map((i) => i.country)))];
}
