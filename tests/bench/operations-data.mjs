// Generates the operations benchmark's files: one row per operation × country × commodity, in the import
// layout, deterministic. 2,500 operations × 20 countries = 50,000 results, × 20 seizure rows = 1,000,000 rows.
import { COUNTRIES, OPERATIONS_IMPORT_COLUMNS, WCO_GROUPING } from '@cpc/domain';

/** Units counted in whole numbers. */
const WHOLE_UNITS = new Set(['pieces', 'heads']);

/** 20 (commodity, unit) pairs: each result reports all of them, so rows = results × 20. */
const SEIZURE_KINDS = [
  ['cocaine', 'kg'],
  ['cannabis', 'kg'],
  ['heroin', 'kg'],
  ['synthetic_drugs', 'kg'],
  ['precursors', 'l'],
  ['counterfeit_goods', 'pieces'],
  ['medicines', 'pieces'],
  ['tobacco', 'pieces'],
  ['alcohol', 'l'],
  ['wildlife', 'heads'],
  ['timber', 'kg'],
  ['cultural_goods', 'pieces'],
  ['weapons', 'pieces'],
  ['ammunition', 'pieces'],
  ['explosives', 'kg'],
  ['currency', 'usd'],
  ['currency', 'eur'],
  ['hazardous_waste', 'kg'],
  ['other', 'kg'],
  ['tobacco', 'kg'],
];
const PROGRAMMES = ['aircop', 'ccp', 'wco', 'interpol', 'regional', 'national'];
const ACTIVITY_SETS = [
  'risk_targeting;interception',
  'interception;investigation',
  'risk_targeting;controlled_delivery',
  'operational',
  'investigation;controlled_delivery;interception',
];

function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function kindsOf(result, n) {
  if (n === SEIZURE_KINDS.length) return SEIZURE_KINDS;
  return Array.from({ length: n }, (_, j) => SEIZURE_KINDS[(result + j) % SEIZURE_KINDS.length]);
}

const members = WCO_GROUPING.regions.flatMap((r) => r.members).filter((c) => COUNTRIES.some((k) => k.iso3 === c));

/**
 * Rows of operations [first, first + count), as CSV text with a header. With `kindsPerResult` below 20, each
 * result reports that many consecutive kinds from a rotating start, so that every kind still appears.
 */
export function operationsCsv(first, count, countriesPerOperation = 20, kindsPerResult = SEIZURE_KINDS.length) {
  const random = createRandom(20261127 + first);
  const lines = [OPERATIONS_IMPORT_COLUMNS.join(',')];
  for (let k = first; k < first + count; k++) {
    const year = 2016 + (k % 11);
    const month = 1 + (k % 12);
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    const end = `${year}-${String(month).padStart(2, '0')}-20`;
    const operation = [
      `BENCH-${k}`,
      `Bench operation ${k}`,
      PROGRAMMES[k % 6],
      'wco',
      ACTIVITY_SETS[k % 5],
      start,
      end,
    ];
    const offset = Math.floor(random() * members.length);
    for (let c = 0; c < countriesPerOperation; c++) {
      const country = members[(offset + c * 7) % members.length];
      const persons = 100 + Math.floor(random() * 5000);
      const queries = Math.floor(persons * 0.8);
      const result = [
        country,
        'joint_team',
        '',
        1 + Math.floor(random() * 20),
        Math.floor(random() * 8),
        Math.floor(random() * 3),
        persons,
        queries,
        Math.floor(queries * 0.004),
        '',
        '',
        queries,
        Math.floor(queries * 0.002),
        queries,
        Math.floor(queries * 0.001),
      ];
      for (const [commodity, unit] of kindsOf(k * countriesPerOperation + c, kindsPerResult)) {
        const cases = 1 + Math.floor(random() * 9);
        // Pieces and heads are whole numbers, as the import requires; one draw either way keeps the sequence.
        const amount = random() * 1000;
        const quantity = WHOLE_UNITS.has(unit) ? String(Math.floor(amount)) : amount.toFixed(3);
        lines.push([...operation, ...result, commodity, cases, quantity, unit].join(','));
      }
    }
  }
  return Buffer.from(lines.join('\n') + '\n');
}
