/** A cell built from fewer contributing administrations than this is withheld from national users. */
export const SMALL_CELL_MIN = 3;

export const ALL_REGIONS = 'ALL';

/**
 * Withheld from national users: fewer than 3 contributors, none included, so that a withheld cell does not
 * tell whether its only members have an assessment or took part in an operation.
 */
export function isWithheldCell(contributors: number): boolean {
  return contributors < SMALL_CELL_MIN;
}
