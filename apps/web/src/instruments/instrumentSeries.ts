import { ALL_REGIONS, JOINT_UNIT_TYPES, type InstrumentsPoint, type JointUnitType } from '@cpc/domain';
import { NOT_ASSESSED, WITHHELD, valueCell, type Cell } from '../analytics/cells';
import type { MapEntry } from '../map/mapValues';

/** The counts of members with an instrument in force, drawn as a share of the region's members. */
export const SHARE_MEASURES = ['withAgreement', 'withCommittee', 'withLiaison', 'withInterpolAtBorders'] as const;
export type ShareMeasure = (typeof SHARE_MEASURES)[number];

/** The counts drawn as they are. */
export const COUNT_MEASURES = ['trainings', 'trainingParticipants'] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

/**
 * A region-year's share of members with an instrument in force (0–1). Withheld when the API withholds the
 * row (a national reader, fewer than 3 members); no value for a region without members or without a figure.
 */
export function shareCell(point: InstrumentsPoint, measure: ShareMeasure): Cell {
  if (point.suppressed) return WITHHELD;
  const count = point[measure];
  if (point.members === 0 || count === null) return NOT_ASSESSED;
  return valueCell(count / point.members);
}

/** A region-year's count of trainings or participants, withheld as the API withholds it. */
export function countCell(point: InstrumentsPoint, measure: CountMeasure): Cell {
  if (point.suppressed) return WITHHELD;
  return valueCell(point[measure]);
}

export interface JointUnitRow {
  year: number;
  /** The joint units in force by type; null for each when the row is withheld or missing. */
  units: Record<JointUnitType, number | null>;
  withheld: boolean;
}

const noUnits = (): Record<JointUnitType, number | null> => ({
  aircop_jaitf: null,
  ccp_pcu: null,
  land_border: null,
  other: null,
});

/** One region's joint units by type, one row per year of the period, for a stacked bar chart. */
export function jointUnitRows(
  series: readonly InstrumentsPoint[],
  region: string,
  from: number,
  to: number,
): JointUnitRow[] {
  const rows: JointUnitRow[] = [];
  for (let year = from; year <= to; year++) {
    const point = series.find((p) => p.region === region && p.year === year);
    const withheld = point?.suppressed === true;
    const units = noUnits();
    if (point?.jointUnits && !withheld) for (const type of JOINT_UNIT_TYPES) units[type] = point.jointUnits[type];
    rows.push({ year, units, withheld });
  }
  return rows;
}

interface RegionMembers {
  code: string;
  members: readonly string[];
}

/**
 * The map of one share in one year: every member country takes its region's share (the register is
 * charted by region), withheld or empty as its region's row is. Countries outside the grouping have no entry.
 */
export function shareMapEntries(
  series: readonly InstrumentsPoint[],
  regions: readonly RegionMembers[],
  year: number,
  measure: ShareMeasure,
): Map<string, MapEntry> {
  const entries = new Map<string, MapEntry>();
  for (const region of regions) {
    if (region.code === ALL_REGIONS) continue;
    const point = series.find((p) => p.region === region.code && p.year === year);
    // The map's colour scale is 0–100, as the index's.
    const share = point ? shareCell(point, measure) : NOT_ASSESSED;
    const cell = share.state === 'value' ? valueCell(share.value * 100) : share;
    for (const iso3 of region.members)
      entries.set(iso3, { iso3, cell, source: 'region', region: region.code, assessment: null });
  }
  return entries;
}

/** Whether anything is on record in the period: the whole grouping's rows count it (a withheld row may hide some). */
export function hasInstruments(series: readonly InstrumentsPoint[]): boolean {
  return series.some((p) => {
    if (p.region !== ALL_REGIONS) return false;
    if (p.suppressed) return true;
    const units = p.jointUnits ? JOINT_UNIT_TYPES.reduce((sum, type) => sum + (p.jointUnits?.[type] ?? 0), 0) : 0;
    const counts = [p.withAgreement, p.withCommittee, p.withLiaison, p.trainings, p.withInterpolAtBorders];
    return units > 0 || counts.some((c) => (c ?? 0) > 0);
  });
}
