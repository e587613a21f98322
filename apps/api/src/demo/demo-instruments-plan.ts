import {
  LIAISON_CLAIMS,
  WCO_MEMBERSHIPS,
  type AgreementType,
  type AnswerValue,
  type CreateInstrumentRequest,
  type InterpolDatabase,
} from '@cpc/domain';
import { demoUnitSite, type DemoOperation } from './demo-operations-plan.js';
import { DEMO_LAST_YEAR, type DemoAssessment } from './demo-plan.js';
import { createRandom, seedOf } from './prng.js';

const SEED = 'cpc-observatory-demo-instruments-v1';

/** The agreement an answer claims (A.1, A.3.2, A.4.2), as the register's type. */
const CLAIMED_TYPES: Record<string, AgreementType> = { mou: 'mou', moa: 'moa', legislation: 'legislation' };
const AGREEMENT_TITLES: Record<AgreementType, string> = {
  mou: 'Memorandum of understanding, customs and police',
  moa: 'Memorandum of agreement on joint operations',
  legislation: 'Law on inter-agency cooperation',
  decree: 'Decree on inter-agency cooperation',
  other: 'Cooperation arrangement',
};
const DATABASES: InterpolDatabase[] = ['sltd', 'nominal', 'notices', 'smv', 'firearms', 'works_of_art'];
const TOPICS = ['passenger profiling', 'container targeting', 'controlled deliveries', 'INTERPOL databases'];

interface Country {
  iso3: string;
  /** The day it joined the WCO: nothing of the register starts before it. */
  joined: string;
  assessments: DemoAssessment[];
  random: () => number;
}

const optionsOf = (value: AnswerValue | undefined): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

const maxDate = (a: string, b: string) => (a < b ? b : a);

const pad = (n: number) => String(n).padStart(2, '0');

/** A day of `year` (months 1–10, days 1–28), never before the country joined. */
function dayIn(country: Country, year: number): string {
  const day = `${year}-${pad(1 + Math.floor(country.random() * 10))}-${pad(1 + Math.floor(country.random() * 28))}`;
  return day < country.joined ? country.joined : day;
}

/** The first year each claim appears among the country's assessments, in year order. */
function firstClaims(country: Country, claimsOf: (a: DemoAssessment) => string[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const a of country.assessments) for (const claim of claimsOf(a)) if (!first.has(claim)) first.set(claim, a.year);
  return first;
}

const common = (country: Country, title: string, from: string, to: string | null) => ({
  country: country.iso3,
  title,
  from,
  to,
});

/** An agreement of each type claimed, signed in (or the year before) the first year it is claimed. */
function agreements(country: Country): CreateInstrumentRequest[] {
  const claimed = firstClaims(country, (a) =>
    ['A.1', 'A.3.2', 'A.4.2'].flatMap((code) => optionsOf(a.answers[code])).filter((o) => o in CLAIMED_TYPES),
  );
  return [...claimed].map(([claim, year]) => {
    const type = CLAIMED_TYPES[claim] ?? 'other';
    return {
      ...common(country, AGREEMENT_TITLES[type], dayIn(country, year - (country.random() < 0.5 ? 1 : 0)), null),
      kind: 'agreement',
      agreementType: type,
      parties: country.random() < 0.5 ? ['customs', 'police'] : ['customs', 'police', 'gendarmerie'],
      scope: ['information_exchange', 'risk_targeting', ...(type === 'moa' ? (['operational'] as const) : [])],
    };
  });
}

/** The joint committee A.1 claims, with two meetings a year since. */
function committees(country: Country): CreateInstrumentRequest[] {
  const year = firstClaims(country, (a) => optionsOf(a.answers['A.1']).filter((o) => o === 'joint_committee')).get(
    'joint_committee',
  );
  if (year === undefined) return [];
  const from = dayIn(country, year);
  const meetings = Array.from({ length: DEMO_LAST_YEAR - year + 1 }, (_, i) => year + i).flatMap((y) =>
    [`${y}-03-15`, `${y}-10-15`].filter((d) => d >= from).map((date) => ({ date })),
  );
  return [
    {
      ...common(country, 'National coordination committee', from, null),
      kind: 'committee',
      level: 'national',
      agencies: ['customs', 'police', 'gendarmerie'],
      meetings,
    },
  ];
}

/** The liaison officers A.14.1 claims, deployed from the first year it claims them. */
function liaisonOfficers(country: Country): CreateInstrumentRequest[] {
  const claims = firstClaims(country, (a) =>
    optionsOf(a.answers['A.14.1']).filter((o) => (LIAISON_CLAIMS as readonly string[]).includes(o)),
  );
  const year = Math.min(...claims.values());
  if (!Number.isFinite(year)) return [];
  const regional = claims.has('virtual_task_force') && claims.size === 1;
  return [
    {
      ...common(
        country,
        regional ? 'Regional liaison network' : 'Customs liaison officer at the police',
        dayIn(country, year),
        null,
      ),
      kind: 'liaison_officer',
      direction: regional ? 'joint_regional' : 'customs_in_police',
      host: regional ? 'Regional intelligence liaison office' : 'National police headquarters',
      officers: 1 + Math.floor(country.random() * 3),
    },
  ];
}

/** A joint training in each year whose assessment says A.15.1 or A.16.1 yes. */
function trainings(country: Country): CreateInstrumentRequest[] {
  return country.assessments
    .filter((a) => optionsOf(a.answers['A.15.1']).includes('yes') || optionsOf(a.answers['A.16.1']).includes('yes'))
    .map((a) => {
      const from = dayIn(country, a.year);
      const topic = TOPICS[Math.floor(country.random() * TOPICS.length)] ?? 'joint targeting';
      return {
        ...common(country, `Joint course: ${topic}`, from, from),
        kind: 'training',
        topic,
        agencies: ['customs', 'police'],
        participants: {
          customs: 6 + Math.floor(country.random() * 14),
          police: 4 + Math.floor(country.random() * 12),
          other: Math.floor(country.random() * 4),
        },
        supportedBy: [country.random() < 0.5 ? 'unodc' : 'wco'],
      };
    });
}

/** One year of INTERPOL access per assessed year: more databases and border points as years go by. */
function interpolAccess(country: Country): CreateInstrumentRequest[] {
  return country.assessments.map((a, i) => ({
    ...common(country, `INTERPOL access ${a.year}`, maxDate(`${a.year}-01-01`, country.joined), `${a.year}-12-31`),
    kind: 'interpol_access',
    year: a.year,
    i247AtHq: i > 0 || country.random() < 0.6,
    borderPointsConnected: Math.floor(country.random() * 4) + i,
    databases: DATABASES.slice(0, Math.min(DATABASES.length, 1 + i)),
  }));
}

/** An AIRCOP task force or a CCP port unit wherever the country reported results of such operations. */
function jointUnits(country: Country, operations: readonly DemoOperation[]): CreateInstrumentRequest[] {
  const units: CreateInstrumentRequest[] = [];
  for (const programme of ['aircop', 'ccp'] as const) {
    const first = operations.find(
      (o) => o.programme === programme && o.results.some((r) => r.country === country.iso3),
    );
    if (!first) continue;
    const from = first.startDate < country.joined ? country.joined : first.startDate;
    const aircop = programme === 'aircop';
    units.push({
      ...common(
        country,
        aircop ? `Airport task force ${country.iso3}` : `Port control unit ${country.iso3}`,
        from,
        null,
      ),
      kind: 'joint_unit',
      unitType: aircop ? 'aircop_jaitf' : 'ccp_pcu',
      site: demoUnitSite(country.iso3, programme),
      agencies: aircop ? ['customs', 'police', 'gendarmerie'] : ['customs', 'police'],
      staff: 6 + Math.floor(country.random() * 10),
    });
  }
  return units;
}

/**
 * Synthetic register entries consistent with the demo assessments and operations: what an assessment claims
 * (an MoU, a committee, liaison officers, training) is on record in force that year, and every country that
 * reported AIRCOP or CCP results has the unit. Nothing starts before the country joined the WCO. Deterministic.
 */
export function buildDemoInstruments(
  plan: readonly DemoAssessment[],
  operations: readonly DemoOperation[],
): CreateInstrumentRequest[] {
  const byCountry = new Map<string, DemoAssessment[]>();
  for (const a of plan)
    if (a.status === 'submitted' || a.status === 'validated')
      byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
  const seen = new Set<string>();
  const ordered = (operations as DemoOperation[]).toSorted((a, b) => a.startDate.localeCompare(b.startDate));
  return WCO_MEMBERSHIPS.flatMap((membership) => {
    if (seen.has(membership.iso3)) return [];
    seen.add(membership.iso3);
    const country: Country = {
      iso3: membership.iso3,
      joined: membership.from,
      assessments: (byCountry.get(membership.iso3) ?? []).toSorted((a, b) => a.year - b.year),
      random: createRandom(seedOf(`${SEED}:${membership.iso3}`)),
    };
    return [
      ...agreements(country),
      ...committees(country),
      ...liaisonOfficers(country),
      ...trainings(country),
      ...jointUnits(country, ordered),
      ...interpolAccess(country),
    ];
  });
}
