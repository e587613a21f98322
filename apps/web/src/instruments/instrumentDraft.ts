import type { CreateInstrumentRequest, Instrument, InstrumentKind } from '@cpc/domain';
import { parseNumber } from '../operations/formErrors';

export interface MeetingDraft {
  date: string;
  notes: string;
}

/** The form's state: every field as typed, for every kind (only the chosen kind's are sent). */
export interface InstrumentDraft {
  kind: InstrumentKind;
  country: string;
  title: string;
  from: string;
  to: string;
  notes: string;
  agreementType: string;
  parties: string[];
  scope: string[];
  reference: string;
  level: string;
  agencies: string[];
  meetings: MeetingDraft[];
  chair: string;
  direction: string;
  host: string;
  officers: string;
  topic: string;
  participants: { customs: string; police: string; other: string };
  supportedBy: string[];
  days: string;
  unitType: string;
  site: string;
  staff: string;
  year: string;
  i247AtHq: boolean;
  borderPointsConnected: string;
  databases: string[];
}

export function emptyInstrumentDraft(kind: InstrumentKind, country: string, year: number): InstrumentDraft {
  return {
    kind,
    country,
    title: '',
    from: '',
    to: '',
    notes: '',
    agreementType: 'mou',
    parties: [],
    scope: [],
    reference: '',
    level: 'national',
    agencies: [],
    meetings: [],
    chair: '',
    direction: 'customs_in_police',
    host: '',
    officers: '1',
    topic: '',
    participants: { customs: '0', police: '0', other: '0' },
    supportedBy: [],
    days: '',
    unitType: 'aircop_jaitf',
    site: '',
    staff: '',
    year: String(year),
    i247AtHq: false,
    borderPointsConnected: '0',
    databases: [],
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

type KindFields = Partial<InstrumentDraft>;

/** The kind-specific part of the form's state for an instrument. */
function kindDraftOf(instrument: Instrument): KindFields {
  switch (instrument.kind) {
    case 'agreement': {
      const { agreementType, parties, scope, reference } = instrument;
      return { agreementType, parties, scope, reference: reference ?? '' };
    }
    case 'committee': {
      const { level, agencies, chair, meetings } = instrument;
      return {
        level,
        agencies,
        chair: chair ?? '',
        meetings: meetings.map((m) => ({ date: m.date, notes: m.notes ?? '' })),
      };
    }
    case 'liaison_officer':
      return { direction: instrument.direction, host: instrument.host, officers: String(instrument.officers) };
    case 'training': {
      const { topic, agencies, supportedBy, days, participants: p } = instrument;
      const participants = { customs: String(p.customs), police: String(p.police), other: String(p.other) };
      return { topic, agencies, participants, supportedBy, days: text(days) };
    }
    case 'joint_unit': {
      const { unitType, site, agencies, staff } = instrument;
      return { unitType, site, agencies, staff: text(staff) };
    }
    case 'interpol_access': {
      const { year, i247AtHq, borderPointsConnected, databases } = instrument;
      return { year: String(year), i247AtHq, borderPointsConnected: String(borderPointsConnected), databases };
    }
  }
}

/** The form's state for an instrument of the register, to edit it. */
export function instrumentDraftOf(instrument: Instrument): InstrumentDraft {
  return {
    ...emptyInstrumentDraft(instrument.kind, instrument.country, Number(instrument.from.slice(0, 4))),
    title: instrument.title,
    from: instrument.from,
    to: instrument.to ?? '',
    notes: instrument.notes ?? '',
    ...kindDraftOf(instrument),
  };
}

/** A count as typed; NaN when it is not one, which the API refuses with the field's name (sent as null). */
const count = (typed: string): number => parseNumber(typed) ?? Number.NaN;
/** An optional count: left out when blank. */
const optionalCount = (typed: string): number | undefined => (typed.trim() === '' ? undefined : count(typed));
const optionalText = (typed: string): string | undefined => (typed.trim() === '' ? undefined : typed.trim());

type Details = Record<string, unknown>;

function detailsOf(draft: InstrumentDraft): Details {
  switch (draft.kind) {
    case 'agreement':
      return {
        agreementType: draft.agreementType,
        parties: draft.parties,
        scope: draft.scope,
        reference: optionalText(draft.reference),
      };
    case 'committee':
      return {
        level: draft.level,
        agencies: draft.agencies,
        meetings: draft.meetings.map((m) => ({ date: m.date, notes: optionalText(m.notes) })),
        chair: optionalText(draft.chair),
      };
    case 'liaison_officer':
      return { direction: draft.direction, host: draft.host, officers: count(draft.officers) };
    case 'training':
      return {
        topic: draft.topic,
        agencies: draft.agencies,
        participants: {
          customs: count(draft.participants.customs),
          police: count(draft.participants.police),
          other: count(draft.participants.other),
        },
        supportedBy: draft.supportedBy,
        days: optionalCount(draft.days),
      };
    case 'joint_unit':
      return {
        unitType: draft.unitType,
        site: draft.site,
        agencies: draft.agencies,
        staff: optionalCount(draft.staff),
      };
    case 'interpol_access':
      return {
        year: count(draft.year),
        i247AtHq: draft.i247AtHq,
        borderPointsConnected: count(draft.borderPointsConnected),
        databases: draft.databases,
      };
  }
}

/**
 * The request the form sends. The API checks it and names each problem's field. An INTERPOL access spans
 * its year: its dates are the year's first and last days, not typed.
 */
export function toInstrumentRequest(draft: InstrumentDraft): CreateInstrumentRequest {
  const interpol = draft.kind === 'interpol_access';
  const request = {
    country: draft.country,
    kind: draft.kind,
    title: draft.title,
    from: interpol ? `${draft.year}-01-01` : draft.from,
    to: interpol ? `${draft.year}-12-31` : draft.to === '' ? null : draft.to,
    notes: optionalText(draft.notes),
    ...detailsOf(draft),
  };
  return request as CreateInstrumentRequest;
}

/** The fields the form shows for a kind, by the names the API gives them in a 400. */
export const COMMON_FIELDS = ['title', 'from', 'to', 'notes'] as const;

export const KIND_FIELDS: Record<InstrumentKind, readonly string[]> = {
  agreement: ['agreementType', 'parties', 'scope', 'reference'],
  committee: ['level', 'agencies', 'meetings', 'chair'],
  liaison_officer: ['direction', 'host', 'officers'],
  training: ['topic', 'agencies', 'participants', 'supportedBy', 'days'],
  joint_unit: ['unitType', 'site', 'agencies', 'staff'],
  interpol_access: ['year', 'i247AtHq', 'borderPointsConnected', 'databases'],
};
