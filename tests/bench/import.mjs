// Times the bulk import of 5,000 assessments against the built app, as `npm start` runs it (embedded
// PostgreSQL, real HTTP), on an empty database: a dry run, the import (all created), the same file again
// (all updated), and a dry run of the same rows as XLSX. Meanwhile another client asks `/api/health` again and
// again: its slowest answer shows how long an import holds the API's event loop.
// Usage: npm run bench (after run.mjs), or node tests/bench/import.mjs --rows 5000 after a build
import { parseArgs } from 'node:util';
import { signIn, slowestHealthAnswer, startApp } from './bench-app.mjs';
import { COUNTRIES, INSTRUMENT_ITEMS, formatImportCell, importHeader, itemApplies } from '@cpc/domain';
import ExcelJS from 'exceljs';

const BUDGET_MS = 10_000;
const ADMIN = { email: 'bench-admin@example.org', password: 'bench-admin-password' };
const { values } = parseArgs({ options: { rows: { type: 'string', default: '5000' } } });
const ROWS = Number(values.rows);

/** mulberry32: the same file on every run. */
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

const pick = (list, random) => list[Math.floor(random() * list.length)];

/** A complete, valid answer set: every applicable item answered, in the instrument's order. */
function randomAnswers(random) {
  const answers = {};
  for (const item of INSTRUMENT_ITEMS) {
    if (!itemApplies(item, answers)) continue;
    const codes = item.options.map((o) => o.code);
    switch (item.type) {
      case 'tri':
      case 'choice':
      case 'yesno':
        answers[item.code] = pick(codes, random);
        break;
      case 'multi':
        if (item.code === 'A.1') {
          const base = pick(
            item.options.filter((o) => !o.bonus).map((o) => o.code),
            random,
          );
          answers[item.code] = base !== 'none' && random() < 0.4 ? [base, 'joint_committee'] : [base];
        } else answers[item.code] = codes.filter(() => random() < 0.5);
        break;
      case 'text':
        if (random() < 0.3) answers[item.code] = `Note ${Math.floor(random() * 1000)}; "quoted", with a comma`;
        break;
      case 'level':
        answers[item.code] = 1 + Math.floor(random() * 5);
        break;
    }
  }
  return answers;
}

/** `count` distinct country-years (every country, then the year before, …), each a random complete row. */
function generateRows(count) {
  const random = createRandom(20260101);
  const header = importHeader();
  const rows = [];
  for (let k = 0; rows.length < count; k++) {
    const country = COUNTRIES[k % COUNTRIES.length].iso3;
    const year = 2026 - Math.floor(k / COUNTRIES.length);
    const answers = randomAnswers(random);
    const cells = {
      country,
      year: String(year),
      status: random() < 0.5 ? 'submitted' : 'validated',
      ...Object.fromEntries(Object.entries(answers).map(([code, value]) => [code, formatImportCell(value)])),
    };
    if (random() < 0.2) cells['comment:A.1'] = 'Bench comment';
    rows.push(header.map((column) => cells[column] ?? ''));
  }
  return { header, rows };
}

function toCsv({ header, rows }) {
  const cell = (v) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from([header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n');
}

async function toXlsx({ header, rows }) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('assessments');
  sheet.addRow(header);
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(base, token, file, name, dryRun) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const started = performance.now();
  const res = await fetch(`${base}/api/assessments/import${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const body = await res.json();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${JSON.stringify(body).slice(0, 2000)}`);
  return { ms, body };
}

const table = generateRows(ROWS);
const csv = toCsv(table);
const xlsx = await toXlsx(table);
const app = await startApp({ DEMO_DATA: 'false', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
try {
  const token = await signIn(app.base, ADMIN);
  const runs = [
    ['CSV, dry run', csv, 'bench.csv', true],
    ['CSV, import (all created)', csv, 'bench.csv', false],
    ['CSV, same file again (all updated)', csv, 'bench.csv', false],
    ['XLSX, dry run', xlsx, 'bench.xlsx', true],
  ];
  const results = [];
  for (const [name, file, filename, dryRun] of runs) {
    let uploaded = false;
    const health = slowestHealthAnswer(app.base, () => uploaded);
    const { ms, body } = await upload(app.base, token, file, filename, dryRun).finally(() => (uploaded = true));
    results.push({ name, size: file.length, ms, body, healthMs: await health });
  }
  console.log(`\n${ROWS} rows; CSV ${(csv.length / 1e6).toFixed(2)} MB, XLSX ${(xlsx.length / 1e6).toFixed(2)} MB\n`);
  console.log('| run | time (s) | budget | slowest health answer meanwhile (ms) | result |');
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    const verdict = r.ms <= BUDGET_MS ? 'ok' : 'OVER';
    const { dryRun, rows, created, updated } = r.body;
    console.log(
      `| ${r.name} | ${(r.ms / 1000).toFixed(2)} | ${BUDGET_MS / 1000} s (${verdict}) | ${r.healthMs.toFixed(0)} | dryRun ${dryRun}, rows ${rows}, created ${created}, updated ${updated} |`,
    );
  }
  if (results.some((r) => r.ms > BUDGET_MS)) process.exitCode = 1;
} finally {
  await app.stop();
}
