import type { Instrument, InstrumentsPoint } from '@cpc/domain';

const stamp = { version: 1, createdAt: '2026-01-05T10:00:00Z', updatedAt: '2026-01-05T10:00:00Z' };

export const mou: Instrument = {
  ...stamp,
  id: 'i-mou',
  country: 'FRA',
  kind: 'agreement',
  title: 'MoU customs–police',
  from: '2019-03-12',
  to: null,
  agreementType: 'mou',
  parties: ['customs', 'police'],
  scope: ['risk_targeting', 'information_exchange'],
};

export const oldDecree: Instrument = {
  ...stamp,
  id: 'i-decree',
  country: 'FRA',
  kind: 'agreement',
  title: 'Decree 2012-7',
  from: '2012-06-01',
  to: '2018-12-31',
  agreementType: 'decree',
  parties: ['customs', 'gendarmerie'],
  scope: ['investigation'],
};

export const jaitf: Instrument = {
  ...stamp,
  id: 'i-jaitf',
  country: 'FRA',
  kind: 'joint_unit',
  title: 'CDG airport task force',
  from: '2021-01-01',
  to: '2026-12-31',
  unitType: 'aircop_jaitf',
  site: 'CDG',
  agencies: ['customs', 'police'],
  staff: 12,
};

export const training: Instrument = {
  ...stamp,
  id: 'i-training',
  country: 'FRA',
  kind: 'training',
  title: 'Joint risk profiling',
  from: '2024-05-06',
  to: '2024-05-10',
  topic: 'Risk profiling',
  agencies: ['customs', 'police'],
  participants: { customs: 8, police: 6, other: 1 },
  supportedBy: ['wco'],
  days: 5,
};

const units = (aircop_jaitf: number, ccp_pcu: number, land_border: number, other: number) => ({
  aircop_jaitf,
  ccp_pcu,
  land_border,
  other,
});

/** One region-year of the analytics, with the figures that matter to a test. */
export function instrumentsPoint(
  region: string,
  year: number,
  patch: Partial<InstrumentsPoint> = {},
): InstrumentsPoint {
  return {
    region,
    regionName: { en: region, fr: region },
    year,
    members: 4,
    withAgreement: 0,
    withCommittee: 0,
    withLiaison: 0,
    jointUnits: units(0, 0, 0, 0),
    trainings: 0,
    trainingParticipants: 0,
    withInterpolAtBorders: 0,
    suppressed: false,
    ...patch,
  };
}

export const withheldInstrumentsPoint = (region: string, year: number) =>
  instrumentsPoint(region, year, {
    withAgreement: null,
    withCommittee: null,
    withLiaison: null,
    jointUnits: null,
    trainings: null,
    trainingParticipants: null,
    withInterpolAtBorders: null,
    suppressed: true,
  });

export { units };
