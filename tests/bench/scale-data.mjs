// The scale benchmark's datasets, deterministic (seeded PRNG), and their loaders:
// - realistic: 190 real countries × 2016–2026, one assessment per country-year through the import endpoint,
//   one country-year in three imported again with changed answers (2 versions); 20,000 operation results
//   (1,000 operations × 20 countries, 3 seizure rows each) through the operations import;
// - stress: the same assessments, plus synthetic sub-national units (countries rows, members of the WCO and UN
//   regions of a real parent country) with 11 assessments each, written by COPY with the domain's own scores,
//   up to 200,000 assessments; and 1,000,000 seizure rows through the operations import;
// - action plans: 3 actions of every real country and 2 of every tenth unit, written by COPY.
import {
  COUNTRIES,
  DIMENSIONS,
  INSTRUMENT_ITEMS,
  isScored,
  UN_GROUPING,
  WCO_GROUPING,
  computeScores,
  METHODOLOGY_VERSIONS,
  formatImportCell,
  importHeader,
} from '@cpc/domain';
// The demo data's answer generator: answers that follow a capacity, so that levels spread as in real data.
import { generateAnswers } from '../../apps/api/dist/demo/demo-answers.js';
import { createRandom, seedOf } from '../../apps/api/dist/demo/prng.js';
import { operationsCsv } from './operations-data.mjs';
import { psqlSession } from './psql.mjs';

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2026;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
/** Operations per import file: 100,000 seizure rows at 20 countries × 20 rows, as operations.mjs. */
const MAX_ROWS_PER_FILE = 100_000;
const COUNTRIES_PER_OPERATION = 20;
/** Units per COPY batch: about 5,500 assessments, 15 MB of answers, held in memory at once. */
const UNITS_PER_BATCH = 500;

const known = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const wcoMembers = WCO_GROUPING.regions.flatMap((r) => r.members).filter((c) => known.has(c));

/**
 * The WCO members (185 in the reference data), then UN members outside the WCO up to `count`. FRA comes first:
 * the profile and the national viewer read it, also in a quick run with few countries.
 */
export function realCountries(count) {
  const others = UN_GROUPING.regions
    .flatMap((r) => r.members)
    .filter((c) => known.has(c) && !wcoMembers.includes(c))
    .sort();
  const all = ['FRA', ...wcoMembers.filter((c) => c !== 'FRA'), ...others];
  return all.slice(0, count);
}

/** A starting capacity and a yearly progress per country or unit, from its code. */
function profileOf(code) {
  const random = createRandom(seedOf(`scale:${code}`));
  return { start: 0.15 + 0.5 * random(), progress: 0.005 + 0.03 * random() };
}

function selfLevelNear(capacity, random) {
  const computed = Math.min(5, Math.max(1, Math.floor(capacity * 5) + 1));
  const r = random();
  return Math.min(5, Math.max(1, computed + (r < 0.6 ? 0 : r < 0.88 ? 1 : -1)));
}

/** A complete answer set; a revision (1) is a little better, so that its answers differ from version 1's. */
function assessmentOf(code, year, revision) {
  const { start, progress } = profileOf(code);
  const random = createRandom(seedOf(`scale:${code}:${year}:${revision}`));
  const capacity = Math.min(0.97, Math.max(0.03, start + progress * (year - FIRST_YEAR) + 0.08 * revision));
  const answers = generateAnswers(capacity, selfLevelNear(capacity, random), random);
  return { answers, r: random() };
}

/** One country-year in three is revised. */
export const isRevised = (index, year) => (index + year) % 3 === 0;

function toCsv(lines) {
  const cell = (v) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from(lines.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n');
}

/** The import file of every country-year (revision 0), or of the revised ones only (revision 1). */
export function assessmentsCsv(countries, revision) {
  const header = importHeader();
  const lines = [header];
  countries.forEach((country, index) => {
    for (const year of YEARS) {
      if (revision === 1 && !isRevised(index, year)) continue;
      const { answers, r } = assessmentOf(country, year, revision);
      const cells = { country, year: String(year), status: r < 0.65 ? 'validated' : 'submitted' };
      for (const [code, value] of Object.entries(answers)) cells[code] = formatImportCell(value);
      lines.push(header.map((column) => cells[column] ?? ''));
    }
  });
  return toCsv(lines);
}

async function upload(base, token, path, file, name) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const started = performance.now();
  const res = await fetch(base + path, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body).slice(0, 2000)}`);
  return { ms: performance.now() - started, body };
}

/** Every country-year through the import endpoint, then the revised ones again; the two imports' results. */
export async function loadCountryAssessments(base, token, countryCount) {
  const countries = realCountries(countryCount);
  const first = await upload(base, token, '/api/assessments/import', assessmentsCsv(countries, 0), 'scale.csv');
  const second = await upload(base, token, '/api/assessments/import', assessmentsCsv(countries, 1), 'revised.csv');
  return [first, second];
}

/**
 * Operations [first, first + count) through the operations import, `kinds` seizure rows per result, in files of
 * at most 100,000 rows; the imports' results.
 */
export async function loadOperations(base, token, first, count, kinds) {
  const perFile = Math.floor(MAX_ROWS_PER_FILE / (COUNTRIES_PER_OPERATION * kinds));
  const results = [];
  for (let k = first; k < first + count; k += perFile) {
    const file = operationsCsv(k, Math.min(perFile, first + count - k), COUNTRIES_PER_OPERATION, kinds);
    results.push(await upload(base, token, '/api/operations/import', file, `operations-${k}.csv`));
  }
  return results;
}

const CODE_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Three-character codes with at least one digit: never an ISO 3166 alpha-3 code, which has letters only. */
const UNIT_CODES = Array.from({ length: 36 ** 3 }, (_, n) =>
  [n / 1296, (n / 36) % 36, n % 36].map((d) => CODE_CHARS[Math.floor(d)]).join(''),
).filter((code) => /\d/.test(code));
export const MAX_UNITS = UNIT_CODES.length;

/**
 * Unit n: its iso3 code, its iso2 (two characters from U+0100–U+024F, Latin Extended: iso2 is char(2) UNIQUE
 * and the 1,296 [A-Z0-9] pairs would not suffice; real codes are [A-Z] only), and its real parent country.
 */
export function unitOf(n) {
  const parent = known.get(wcoMembers[n % wcoMembers.length]);
  return {
    iso3: UNIT_CODES[n],
    iso2: String.fromCodePoint(0x100 + Math.floor(n / 336), 0x100 + (n % 336)),
    nameEn: `${parent.name.en}, unit ${n}`,
    nameFr: `${parent.name.fr}, unité ${n}`,
    parent: parent.iso3,
  };
}

/** COPY's text format (tab-separated, \\N for NULL): psql 15 ends CSV data with a marker PostgreSQL 18 rejects. */
const COPY_ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyLine = (cells) =>
  cells.map((v) => (v === null ? '\\N' : String(v).replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]))).join('\t');

async function copy(session, table, columns, lines) {
  await session.write(`COPY ${table} (${columns}) FROM STDIN;\n${lines.join('\n')}\n\\.\n`);
}

/** Units [first, first + count) as countries; their parents are noted for membershipsOfUnits. */
async function writeUnits(session, first, count) {
  const units = Array.from({ length: count }, (_, i) => unitOf(first + i));
  await copy(
    session,
    'countries',
    'iso3, iso2, names',
    units.map((u) => copyLine([u.iso3, u.iso2, JSON.stringify({ en: u.nameEn, fr: u.nameFr })])),
  );
  await session.write('CREATE TEMP TABLE IF NOT EXISTS unit_parents (iso3 char(3), parent char(3));\n');
  await copy(
    session,
    'unit_parents',
    'iso3, parent',
    units.map((u) => copyLine([u.iso3, u.parent])),
  );
}

/**
 * The noted units join their parent's WCO and UN regions, in one statement: a membership change recounts
 * the grouping's maintained figures, which costs the same for 500 new members as for 18,000.
 */
async function membershipsOfUnits(session) {
  await session.write(`INSERT INTO region_members (region_id, country_iso3)
    SELECT m.region_id, u.iso3 FROM unit_parents u
    JOIN region_members m ON m.country_iso3 = u.parent
    JOIN regions r ON r.id = m.region_id AND r.grouping_id IN ('wco', 'un');
    TRUNCATE unit_parents;\n`);
}

/** Mostly validated or submitted; drafts carry no scores, as in the app (scores are computed on submit). */
function sqlStatus(r) {
  return r < 0.55 ? 'validated' : r < 0.9 ? 'submitted' : r < 0.95 ? 'draft' : 'returned';
}

/**
 * A unit-year's row and its derived rows, scored by the domain's computeScores under each of `versions` as a
 * submission is under every version.
 */
function unitAssessmentRows(unit, year, id, rows, versions) {
  const { answers, r } = assessmentOf(unit, year, 0);
  const status = sqlStatus(r);
  const all = status === 'draft' ? [] : versions.map((v) => computeScores(answers, v)).filter((s) => s !== null);
  const submittedAt = all.length > 0 ? new Date(Math.min(Date.UTC(year, 5, 30), Date.now())).toISOString() : null;
  rows.assessments.push(
    copyLine([id, unit, year, status, JSON.stringify(answers), all[0]?.selfLevel ?? null, submittedAt, 'imported']),
  );
  for (const scores of all) {
    const v = scores.methodologyVersion;
    const items = Object.entries(scores.items);
    const breakdown = [
      DIMENSIONS,
      DIMENSIONS.map((d) => scores.dimensions[d]),
      items.map(([c]) => c),
      items.map(([, p]) => p),
    ];
    rows.scores.push([id, v, scores.overall, scores.level, ...breakdown.map((a) => `{${a.join(',')}}`)].join('\t'));
  }
}

/** Deterministic ids: unit n, year index y → …-8000-<hex of n × 11 + y + 1>. */
const assessmentId = (n, y) => `00000000-0000-4000-8000-${(n * YEARS.length + y + 1).toString(16).padStart(12, '0')}`;

async function writeUnitAssessments(session, first, count, versions) {
  const rows = { assessments: [], scores: [] };
  for (let n = first; n < first + count; n++) {
    YEARS.forEach((year, y) => unitAssessmentRows(UNIT_CODES[n], year, assessmentId(n, y), rows, versions));
  }
  await copy(
    session,
    'assessments',
    'id, country_iso3, year, status, answers, self_level, submitted_at, source',
    rows.assessments,
  );
  await copy(
    session,
    'assessment_scores',
    'assessment_id, methodology, overall_index, computed_level, dimension_codes, dimension_scores, item_codes, item_points',
    rows.scores,
  );
}

/**
 * Units [first, first + count) with an assessment for every year 2016–2026, in one psql session, scored under
 * `versions` (every methodology version unless told: the backfill benchmark leaves some out); they join their
 * regions once all are written.
 */
export async function loadUnits(pgPort, first, count, versions = METHODOLOGY_VERSIONS) {
  if (first + count > MAX_UNITS) throw new Error(`at most ${MAX_UNITS} units`);
  const session = psqlSession(pgPort);
  for (let b = first; b < first + count; b += UNITS_PER_BATCH) {
    const size = Math.min(UNITS_PER_BATCH, first + count - b);
    // One transaction per batch: its commit refreshes the maintained figures once, not once per table.
    await session.write('BEGIN;\n');
    await writeUnits(session, b, size);
    await writeUnitAssessments(session, b, size, versions);
    const planners = Array.from({ length: size }, (_, i) => b + i).filter((n) => n % 10 === 0);
    await writeActions(
      session,
      planners.map((n) => [UNIT_CODES[n], 2]),
    );
    await session.write('COMMIT;\n');
  }
  await membershipsOfUnits(session);
  await session.end();
}

const SCORED_CODES = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
const day = (year, random) => `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;

/** An action of `iso3`, started 2016–2024: planned, then in progress, done or dropped (or still planned). */
function actionLine(iso3, k) {
  const random = createRandom(seedOf(`action:${iso3}:${k}`));
  const start = FIRST_YEAR + Math.floor(random() * 9);
  const history = [{ status: 'planned', date: day(start, random) }];
  const next = ['planned', 'in_progress', 'done', 'dropped'][Math.floor(random() * 4)];
  if (next !== 'planned') history.push({ status: next, date: day(start + 1, random) });
  const items = SCORED_CODES.filter(() => random() < 0.1).concat(SCORED_CODES[k % SCORED_CODES.length]);
  const doneAt = next === 'done' ? `${history[1].date}T00:00:00Z` : null;
  return copyLine([
    iso3,
    'A bench action',
    `{${[...new Set(items)].join(',')}}`,
    'joint',
    'Bench',
    history[0].date,
    `${start + 1 + Math.floor(random() * 3)}-06-30`,
    next,
    JSON.stringify(history),
    doneAt,
  ]);
}

async function writeActions(session, planners) {
  const lines = planners.flatMap(([iso3, count]) => Array.from({ length: count }, (_, k) => actionLine(iso3, k)));
  await copy(
    session,
    'actions',
    'country_iso3, text, items, lead, owner, start_date, target_date, status, status_history, done_at',
    lines,
  );
}

/** The action plans of the real countries `iso3s`, 3 actions each, in one transaction. */
export async function loadCountryActions(pgPort, iso3s) {
  const session = psqlSession(pgPort);
  await session.write('BEGIN;\n');
  await writeActions(
    session,
    iso3s.map((iso3) => [iso3, 3]),
  );
  await session.write('COMMIT;\n');
  await session.end();
}

/** Units needed for `target` assessments, given `existing` ones. */
export const unitsFor = (target, existing) => Math.max(0, Math.ceil((target - existing) / YEARS.length));
