import {
  WCO_MEMBERSHIPS,
  wcoMembersOfYear,
  type Activity,
  type Commodity,
  type DatabaseCheck,
  type Lead,
  type Programme,
  type ResultContent,
  type Seizure,
  type SeizureUnit,
  type UnitType,
  type WcoRegionCode,
  INTEGER_UNITS,
} from '@cpc/domain';
import { DEMO_FIRST_YEAR, DEMO_LAST_YEAR, type DemoAssessment } from './demo-plan.js';
import { createRandom, seedOf } from './prng.js';

const SEED = 'cpc-observatory-demo-operations-v1';

export interface DemoOperation {
  code: string;
  name: string;
  description: string;
  programme: Programme;
  lead: Lead;
  activities: Activity[];
  startDate: string;
  endDate: string;
  countries: string[];
  results: DemoResult[];
}

/** A result, and the site of the register's joint unit that achieved it, when it names one. */
export type DemoResult = ResultContent & { country: string; unitSite?: string };

/** The programmes whose results come from the register's joint units (an AIRCOP task force, a CCP port unit). */
const UNIT_PROGRAMMES = ['aircop', 'ccp'] as const;
type UnitProgramme = (typeof UNIT_PROGRAMMES)[number];

/** Of the results of those programmes, the share that names its unit; the others keep a free-text unit name. */
const LINKED_SHARE = 0.75;

/** The site of a country's demo joint unit of an AIRCOP or CCP programme (the demo register records it). */
export function demoUnitSite(iso3: string, programme: UnitProgramme): string {
  return programme === 'aircop' ? `${iso3} international airport` : `${iso3} main port`;
}

interface Template {
  code: string;
  name: string;
  description: string;
  programme: Programme;
  lead: Lead;
  activities: Activity[];
  unitType: UnitType;
  commodities: Commodity[];
  /** Regions the participants come from, and how many. */
  regions: WcoRegionCode[];
  participants: number;
  /** Some operations run over the new year and count in the year they end. */
  overNewYear: boolean;
}

const UNITS: Partial<Record<Commodity, SeizureUnit>> = {
  tobacco: 'pieces',
  alcohol: 'l',
  counterfeit_goods: 'pieces',
  medicines: 'pieces',
  weapons: 'pieces',
  ammunition: 'pieces',
  cultural_goods: 'pieces',
  wildlife: 'heads',
  currency: 'usd',
};

/** Typical sizes of one case, per unit: invented orders of magnitude. */
const CASE_SIZE: Record<SeizureUnit, number> = { kg: 25, l: 300, pieces: 2000, heads: 15, usd: 40000, eur: 35000 };

const TEMPLATES: Template[] = [
  {
    code: 'COCAIR',
    name: 'Cocair',
    description: 'AIRCOP joint airport interdiction task forces (CAAT/JAITF) target drug couriers on flights.',
    programme: 'aircop',
    lead: 'unodc',
    activities: ['risk_targeting', 'interception', 'controlled_delivery'],
    unitType: 'airport_task_force',
    commodities: ['cocaine', 'cannabis', 'synthetic_drugs', 'currency'],
    regions: ['WCA', 'ESA', 'AMS', 'EUR'],
    participants: 16,
    overNewYear: true,
  },
  {
    code: 'CCP-PCU',
    name: 'Container control sweep',
    description: 'Port control units of the UNODC–WCO Container Control Programme profile and inspect containers.',
    programme: 'ccp',
    lead: 'unodc',
    activities: ['risk_targeting', 'interception', 'investigation'],
    unitType: 'port_control_unit',
    commodities: ['cocaine', 'precursors', 'counterfeit_goods', 'tobacco', 'wildlife', 'timber', 'hazardous_waste'],
    regions: ['AMS', 'AP', 'ESA', 'WCA', 'MENA'],
    participants: 20,
    overNewYear: false,
  },
  {
    code: 'WCO-DEMETER',
    name: 'Demeter',
    description: 'WCO operation against illegal shipments of hazardous and other waste.',
    programme: 'wco',
    lead: 'wco',
    activities: ['risk_targeting', 'interception'],
    unitType: 'customs',
    commodities: ['hazardous_waste', 'precursors'],
    regions: ['EUR', 'AP', 'AMS', 'MENA'],
    participants: 24,
    overNewYear: false,
  },
  {
    code: 'INTERPOL-PANGEA',
    name: 'Pangea',
    description: 'INTERPOL operation against falsified medicines, with joint customs–police teams.',
    programme: 'interpol',
    lead: 'interpol',
    activities: ['interception', 'investigation', 'operational'],
    unitType: 'joint_team',
    commodities: ['medicines', 'counterfeit_goods', 'currency'],
    regions: ['EUR', 'AP', 'AMS', 'ESA', 'WCA', 'MENA'],
    participants: 30,
    overNewYear: false,
  },
  {
    code: 'THUNDER',
    name: 'Thunder',
    description: 'WCO–INTERPOL operation against wildlife and timber trafficking.',
    programme: 'wco',
    lead: 'interpol',
    activities: ['risk_targeting', 'interception', 'investigation', 'controlled_delivery'],
    unitType: 'joint_team',
    commodities: ['wildlife', 'timber', 'weapons'],
    regions: ['ESA', 'WCA', 'AP', 'AMS'],
    participants: 22,
    overNewYear: true,
  },
  {
    code: 'RJO-EUR',
    name: 'Regional joint operation',
    description: 'Joint customs–police action days at land borders, coordinated regionally.',
    programme: 'regional',
    lead: 'national',
    activities: ['interception', 'operational'],
    unitType: 'joint_team',
    commodities: ['tobacco', 'alcohol', 'synthetic_drugs', 'weapons', 'ammunition', 'currency'],
    regions: ['EUR'],
    participants: 9,
    overNewYear: false,
  },
  {
    code: 'NAT',
    name: 'National joint operation',
    description: 'A single administration’s joint customs–police operation, reported for comparison.',
    programme: 'national',
    lead: 'national',
    activities: ['investigation', 'controlled_delivery'],
    unitType: 'police',
    commodities: ['cocaine', 'heroin', 'cultural_goods'],
    regions: ['AP', 'MENA', 'AMS'],
    participants: 1,
    overNewYear: false,
  },
];

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function pick<T>(list: readonly T[], n: number, random: () => number): T[] {
  const pool = [...list];
  const chosen: T[] = [];
  while (chosen.length < n && pool.length > 0) chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return chosen;
}

/** A skewed positive amount around `mean`: seizure sizes are heavy-tailed. */
function skewed(mean: number, random: () => number): number {
  return mean * Math.exp((random() - 0.5) * 2.2);
}

/** The overall index of each country's newest counted assessment by year, for outcomes that follow maturity. */
function maturityLookup(assessments: DemoAssessment[]): (country: string, year: number) => number {
  const byCountry = new Map<string, DemoAssessment[]>();
  for (const a of assessments)
    if (a.scores.length > 0) byCountry.set(a.country, [...(byCountry.get(a.country) ?? []), a]);
  return (country, year) => {
    const known = (byCountry.get(country) ?? []).filter((a) => a.year <= year).sort((a, b) => b.year - a.year);
    // The first version's index (v1): the demo's outcomes were drawn from it before versions existed.
    return known[0]?.scores[0]?.overall ?? 30;
  };
}

function checks(personsChecked: number, maturity: number, random: () => number): DatabaseCheck[] {
  const share = 0.4 + maturity / 200;
  return (['sltd', 'nominal', 'notices', 'smv'] as const).flatMap((database) => {
    if (database === 'smv' && random() < 0.7) return [];
    if (random() < 0.15) return [];
    const queries = Math.round(personsChecked * share * (0.5 + random()));
    const hits = Math.min(queries, Math.round(queries * (0.001 + (maturity / 100) * 0.004) * (0.5 + random())));
    return [{ database, queries, hits }];
  });
}

function seizures(template: Template, intensity: number, random: () => number): Seizure[] {
  const found = pick(template.commodities, 1 + Math.floor(random() * Math.min(4, template.commodities.length)), random);
  return found.map((commodity) => {
    const unit = UNITS[commodity] ?? 'kg';
    const cases = Math.max(1, Math.round(skewed(4 * intensity, random)));
    const amount = cases * skewed(CASE_SIZE[unit], random);
    // Pieces and heads are counted: whole numbers, at least one per case's worth.
    const quantity = INTEGER_UNITS.includes(unit) ? Math.max(1, Math.round(amount)) : Math.round(amount * 1000) / 1000;
    return { commodity, cases, quantity, unit };
  });
}

function result(template: Template, country: string, maturity: number, random: () => number) {
  // Outcomes grow with maturity, with a lot of noise: reporting and context differ between countries.
  const intensity = (0.4 + maturity / 60) * skewed(1, random);
  const personsChecked = Math.round(skewed(800 * intensity, random));
  return {
    country,
    unitType: template.unitType,
    unitName: `${template.name} — ${country}`,
    arrests: Math.round(skewed(6 * intensity, random)),
    investigationsOpened: Math.round(skewed(3 * intensity, random)),
    controlledDeliveries: template.activities.includes('controlled_delivery')
      ? Math.round(skewed(intensity, random))
      : 0,
    personsChecked,
    databaseChecks: checks(personsChecked, maturity, random),
    seizures: random() < 0.12 ? [] : seizures(template, intensity, random),
  };
}

function operation(template: Template, year: number, maturity: (c: string, y: number) => number): DemoOperation {
  const random = createRandom(seedOf(`${SEED}:${template.code}:${year}`));
  // The members of the year: no country takes part before it joined.
  const members = wcoMembersOfYear(year);
  const regionMembers = template.regions.flatMap((code) => members[code]);
  const countries = pick(regionMembers, template.participants, random).sort();
  const overNewYear = template.overNewYear && random() < 0.5;
  const month = 2 + Math.floor(random() * 8);
  const startDate = overNewYear ? isoDate(year - 1, 12, 1 + Math.floor(random() * 20)) : isoDate(year, month, 1);
  const endDate = overNewYear ? isoDate(year, 1, 10 + Math.floor(random() * 15)) : isoDate(year, month + 1, 15);
  const reporting = countries.filter(() => random() < 0.85);
  const results = reporting.map((country) => result(template, country, maturity(country, year), random));
  return {
    code: `${template.code}-${year}`,
    name: `${template.name} ${year}`,
    description: template.description,
    programme: template.programme,
    lead: template.lead,
    activities: template.activities,
    startDate,
    endDate,
    countries,
    results: linkUnits(template, `${template.code}-${year}`, endDate, results),
  };
}

/** The day each country joined the WCO (its first period, as the demo register reads it): units start no earlier. */
const JOINED = new Map<string, string>();
for (const m of WCO_MEMBERSHIPS) if (!JOINED.has(m.iso3)) JOINED.set(m.iso3, m.from);

/**
 * Three in four AIRCOP and CCP results name the country's joint unit (which the demo register holds from the
 * country's first such operation on, and not before it joined), drawn from their own sequence: the figures stay
 * those of the seed. A country that joined after the operation ended has no unit yet: its result keeps its name.
 */
function linkUnits(template: Template, code: string, endDate: string, results: DemoResult[]): DemoResult[] {
  const programme = UNIT_PROGRAMMES.find((p) => p === template.programme);
  if (!programme) return results;
  const random = createRandom(seedOf(`${SEED}:units:${code}`));
  return results.map((r) => {
    const draw = random();
    if (draw >= LINKED_SHARE || (JOINED.get(r.country) ?? '') > endDate) return r;
    return { ...r, unitName: null, unitSite: demoUnitSite(r.country, programme) };
  });
}

/** Synthetic joint operations 2016–2026, AIRCOP-like and CCP-like among them, with results. Deterministic. */
export function buildDemoOperations(assessments: DemoAssessment[]): DemoOperation[] {
  const maturity = maturityLookup(assessments);
  const years = Array.from({ length: DEMO_LAST_YEAR - DEMO_FIRST_YEAR + 1 }, (_, i) => DEMO_FIRST_YEAR + i);
  return years.flatMap((year) => TEMPLATES.map((t) => operation(t, year, maturity)));
}
