import type { Principal } from '../access/roles.js';
import { isWithheldCell } from '../analytics/small-cells.js';
import { JOINT_UNIT_TYPES } from '../instruments-register/vocabularies.js';
import type {
  InstrumentsAnalyticsResponse,
  InstrumentsPoint,
  JointUnitCounts,
  OperationUnitsPoint,
  OperationUnitsResponse,
} from '../schemas/instruments-analytics.js';
import type { MagnitudeNoise } from './cells.js';
import { receivesProtectedFigures } from './levels.js';
import { protectCount, protectMagnitude, type CellKey } from './perturbation.js';
import { protectedContributors } from './protect-maturity.js';

/** The member counts of the instruments view: each member adds its key to each, whether it has one or not. */
export const INSTRUMENT_MEMBER_COUNTS = [
  'withAgreement',
  'withCommittee',
  'withLiaison',
  'withInterpolAtBorders',
] as const;
export type InstrumentMemberCount = (typeof INSTRUMENT_MEMBER_COUNTS)[number];

/** What protecting a region-year of instruments needs (docs/disclosure.md). */
export interface InstrumentsCellNoise {
  counts: Record<InstrumentMemberCount, CellKey>;
  /** By statistic: `jointUnits.<type>`, `trainings`, `trainingParticipants`, per member country-year. */
  magnitudes: Record<string, MagnitudeNoise>;
}

/** What protecting a region-year-unit type of outcomes needs: reporting countries' key and the magnitudes. */
export interface OperationUnitsCellNoise {
  countries: CellKey;
  /** By statistic: units, results, arrests, seizureCases, per reporting country. */
  magnitudes: Record<string, MagnitudeNoise>;
}

const NO_NOISE: MagnitudeNoise = { largestConfidential: 0, keyUnits: 0 };

function withheldInstrumentsPoint(point: InstrumentsPoint): InstrumentsPoint {
  return {
    ...point,
    withAgreement: null,
    withCommittee: null,
    withLiaison: null,
    jointUnits: null,
    trainings: null,
    trainingParticipants: null,
    withInterpolAtBorders: null,
    suppressed: true,
  };
}

/**
 * A region-year of instruments as a national user sees it: withheld below 3 members; otherwise each count
 * of members perturbed by the count noise (never above the members, which are public), and the joint
 * units, trainings and participants by the magnitude noise that hides the largest confidential country.
 */
export function protectInstrumentsPoint(point: InstrumentsPoint, noise: InstrumentsCellNoise): InstrumentsPoint {
  if (isWithheldCell(point.members)) return withheldInstrumentsPoint(point);
  const members = point.members;
  const counted = (key: InstrumentMemberCount) =>
    Math.min(members, protectCount(point[key] ?? 0, members, noise.counts[key]));
  const magnitude = (key: string, sum: number | null) =>
    protectMagnitude({ sum: sum ?? 0, contributors: members, ...(noise.magnitudes[key] ?? NO_NOISE) });
  const jointUnits = Object.fromEntries(
    JOINT_UNIT_TYPES.map((t) => [t, magnitude(`jointUnits.${t}`, point.jointUnits?.[t] ?? 0)]),
  ) as JointUnitCounts;
  return {
    ...point,
    withAgreement: counted('withAgreement'),
    withCommittee: counted('withCommittee'),
    withLiaison: counted('withLiaison'),
    withInterpolAtBorders: counted('withInterpolAtBorders'),
    jointUnits,
    trainings: magnitude('trainings', point.trainings),
    trainingParticipants: magnitude('trainingParticipants', point.trainingParticipants),
  };
}

/** A region-year-unit type of outcomes as a national user sees it, like the operations view's cells. */
export function protectOperationUnitsPoint(
  point: OperationUnitsPoint,
  noise: OperationUnitsCellNoise,
): OperationUnitsPoint {
  if (point.countries === null || isWithheldCell(point.countries))
    return {
      ...point,
      countries: null,
      units: null,
      results: null,
      arrests: null,
      seizureCases: null,
      suppressed: true,
    };
  const contributors = point.countries;
  const magnitude = (key: string, sum: number | null) =>
    protectMagnitude({ sum: sum ?? 0, contributors, ...(noise.magnitudes[key] ?? NO_NOISE) });
  return {
    ...point,
    countries: protectedContributors(contributors, noise.countries, Number.POSITIVE_INFINITY),
    units: Math.max(1, magnitude('units', point.units)),
    results: Math.max(1, magnitude('results', point.results)),
    arrests: magnitude('arrests', point.arrests),
    seizureCases: magnitude('seizureCases', point.seizureCases),
  };
}

export function instrumentsForReader(
  reader: Principal,
  exact: InstrumentsAnalyticsResponse,
  noise: readonly InstrumentsCellNoise[],
): InstrumentsAnalyticsResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  return { ...exact, protected: true, series: exact.series.map((p, i) => protectInstrumentsPoint(p, at(noise, i))) };
}

export function operationUnitsForReader(
  reader: Principal,
  exact: OperationUnitsResponse,
  noise: readonly OperationUnitsCellNoise[],
): OperationUnitsResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  return {
    ...exact,
    protected: true,
    series: exact.series.map((p, i) => protectOperationUnitsPoint(p, at(noise, i))),
  };
}

function at<N>(noise: readonly N[], i: number): N {
  const n = noise[i];
  if (n === undefined) throw new Error(`no protection data for cell ${i}`);
  return n;
}
