import { describe, expect, it } from 'vitest';
import {
  protectInstrumentsPoint,
  protectOperationUnitsPoint,
  type InstrumentsCellNoise,
  type InstrumentsPoint,
} from '../src/index.js';

const key = (units: number) => ({ units, confidential: 3 });
const NOISE: InstrumentsCellNoise = {
  counts: { withAgreement: key(0.99), withCommittee: key(0), withLiaison: key(0.5), withInterpolAtBorders: key(0.2) },
  magnitudes: { trainingParticipants: { largestConfidential: 16, keyUnits: 0.75 } },
};
const point = (members: number): InstrumentsPoint => ({
  region: 'R1',
  regionName: { en: 'R1', fr: 'R1' },
  year: 2024,
  members,
  withAgreement: 2,
  withCommittee: 1,
  withLiaison: 0,
  jointUnits: { aircop_jaitf: 1, ccp_pcu: 0, land_border: 0, other: 0 },
  trainings: 1,
  trainingParticipants: 16,
  withInterpolAtBorders: 1,
  suppressed: false,
});

describe('protected instruments figures', () => {
  it('withholds a region of fewer than 3 members, whose count stays public', () => {
    expect(protectInstrumentsPoint(point(2), NOISE)).toMatchObject({
      members: 2,
      withAgreement: null,
      jointUnits: null,
      trainingParticipants: null,
      suppressed: true,
    });
  });

  it('moves each member count by the count noise, capped at the members, and magnitudes by theirs', () => {
    // 4 members (< 10): counts move by at most 4; key 0.99 → +4, key 0 → −4 (never below 0), key 0.5 → 0.
    // Participants: ±1.5 × 16 = ±24, key 0.75 → 16 + 0.5 × 24 = 28. No confidential unit → exact.
    const shown = protectInstrumentsPoint(point(4), NOISE);
    expect(shown).toMatchObject({
      members: 4,
      withAgreement: 4,
      withCommittee: 0,
      withLiaison: 0,
      trainingParticipants: 28,
      jointUnits: { aircop_jaitf: 1, ccp_pcu: 0, land_border: 0, other: 0 },
      suppressed: false,
    });
  });

  it('withholds a unit-type cell of fewer than 3 reporting countries', () => {
    const cell = { region: 'ALL', regionName: { en: 'All', fr: 'Tous' }, year: 2024, unitType: 'ccp_pcu' as const };
    const figures = { countries: 2, units: 2, results: 3, arrests: 4, seizureCases: 5, suppressed: false };
    const noise = { countries: key(0.1), magnitudes: {} };
    expect(protectOperationUnitsPoint({ ...cell, ...figures }, noise)).toMatchObject({
      countries: null,
      results: null,
      suppressed: true,
    });
  });
});
