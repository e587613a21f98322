import type { CreateInstrumentRequest, InstrumentKind } from '@cpc/domain';

/** One valid record of each kind, for France, written by hand. */
export const VALID: Record<InstrumentKind, CreateInstrumentRequest> = {
  agreement: {
    country: 'FRA',
    kind: 'agreement',
    title: 'Protocole douane-police',
    from: '2019-04-02',
    to: null,
    agreementType: 'mou',
    parties: ['customs', 'police'],
    scope: ['information_exchange', 'risk_targeting'],
    reference: 'PA-2019-17',
  },
  committee: {
    country: 'FRA',
    kind: 'committee',
    title: 'Comité national',
    from: '2018-01-15',
    to: null,
    level: 'national',
    agencies: ['customs', 'police', 'gendarmerie'],
    meetings: [{ date: '2024-03-01', notes: 'plan; budget' }, { date: '2024-09-12' }],
    chair: 'customs',
  },
  liaison_officer: {
    country: 'FRA',
    kind: 'liaison_officer',
    title: 'Officier de liaison à l’OCRTIS',
    from: '2020-09-01',
    to: '2023-08-31',
    direction: 'customs_in_police',
    host: 'OCRTIS',
    officers: 2,
  },
  training: {
    country: 'FRA',
    kind: 'training',
    title: 'Ciblage des passagers',
    from: '2023-05-15',
    to: '2023-05-19',
    topic: 'passenger targeting',
    agencies: ['customs', 'police'],
    participants: { customs: 12, police: 9, other: 1 },
    supportedBy: ['wco', 'interpol'],
    days: 5,
    notes: 'Lyon',
  },
  joint_unit: {
    country: 'FRA',
    kind: 'joint_unit',
    title: 'Cellule conjointe Le Havre',
    from: '2016-06-01',
    to: null,
    unitType: 'ccp_pcu',
    site: 'FRLEH',
    agencies: ['customs', 'police'],
    staff: 8,
  },
  interpol_access: {
    country: 'FRA',
    kind: 'interpol_access',
    title: 'Accès INTERPOL 2024',
    from: '2024-01-01',
    to: '2024-12-31',
    year: 2024,
    i247AtHq: true,
    borderPointsConnected: 12,
    databases: ['sltd', 'smv', 'nominal'],
  },
};

/** For each kind, a bad field and the field the 400 must name. */
export const BAD: Record<InstrumentKind, { patch: Record<string, unknown>; field: string }> = {
  agreement: { patch: { agreementType: 'treaty' }, field: 'agreementType' },
  committee: { patch: { agencies: ['customs'] }, field: 'agencies' },
  liaison_officer: { patch: { officers: 0 }, field: 'officers' },
  training: { patch: { participants: { customs: -1, police: 0, other: 0 } }, field: 'participants.customs' },
  joint_unit: { patch: { unitType: 'airport' }, field: 'unitType' },
  interpol_access: { patch: { databases: ['sltd', 'sltd'] }, field: 'databases' },
};

/** The record as the API gives it back: the request's fields, with `notes` only when there are some. */
export function echoed(request: CreateInstrumentRequest): Record<string, unknown> {
  return { ...request, version: 1 };
}
