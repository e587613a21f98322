import {
  JOINT_UNIT_TYPES,
  type InstrumentMemberCount,
  type InstrumentsCellNoise,
  type InstrumentsPoint,
  type JointUnitCounts,
  type MagnitudeNoise,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { cellKeyOfRow } from './cell-key-rows.js';
import { INSTRUMENT_COUNTS, INSTRUMENT_MAGNITUDES, INSTRUMENTS_SQL } from './instruments.sql.js';

type Row = Record<string, unknown> & { region: string; year: number; members: number };

export type InstrumentsRowPoint = Omit<InstrumentsPoint, 'regionName'>;

const num = (v: unknown): number => Number(v ?? 0);

function pointOf(r: Row): InstrumentsRowPoint {
  const jointUnits = Object.fromEntries(
    JOINT_UNIT_TYPES.map((t) => [t, num(r[`sum_jointUnits.${t}`])]),
  ) as JointUnitCounts;
  return {
    region: r.region,
    year: r.year,
    members: r.members,
    withAgreement: num(r.withAgreement),
    withCommittee: num(r.withCommittee),
    withLiaison: num(r.withLiaison),
    jointUnits,
    trainings: num(r.sum_trainings),
    trainingParticipants: num(r.sum_trainingParticipants),
    withInterpolAtBorders: num(r.withInterpolAtBorders),
    suppressed: false,
  };
}

function noiseOf(r: Row): InstrumentsCellNoise {
  const counts = Object.fromEntries(INSTRUMENT_COUNTS.map((c) => [c, cellKeyOfRow(r, c)])) as Record<
    InstrumentMemberCount,
    ReturnType<typeof cellKeyOfRow>
  >;
  const magnitudes: Record<string, MagnitudeNoise> = Object.fromEntries(
    INSTRUMENT_MAGNITUDES.map((m) => [m, { largestConfidential: num(r[`max_${m}`]), keyUnits: num(r[`key_${m}`]) }]),
  );
  return { counts, magnitudes };
}

@Injectable()
export class InstrumentsAnalyticsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Per region (plus ALL) and year, what the register holds for the members, computed by PostgreSQL. */
  async aggregateByRegionYear(
    groupingId: string,
    from: number,
    to: number,
  ): Promise<{ point: InstrumentsRowPoint; noise: InstrumentsCellNoise }[]> {
    const rows: Row[] = await this.reads.query(INSTRUMENTS_SQL, [groupingId, from, to]);
    return rows.map((r) => ({ point: pointOf(r), noise: noiseOf(r) }));
  }
}
