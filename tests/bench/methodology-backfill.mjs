// Scoring every existing assessment under a new methodology version (docs/methodology.md §10), at 200,000
// assessments: the synthetic units of the scale benchmark, stored with v1 scores only (a database from before
// v2), then `npm run scores:backfill -w @cpc/api` against the same PostgreSQL, timed, and checked against a
// count of what it should have written.
// Usage: node tests/bench/methodology-backfill.mjs [--assessments 200000]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startAppWithAdmin } from './bench-app.mjs';
import { psql } from './psql.mjs';
import { loadUnits, unitsFor } from './scale-data.mjs';

const { values } = parseArgs({ options: { assessments: { type: 'string', default: '200000' } } });
const ROOT = resolve(import.meta.dirname, '../..');
const seconds = (started) => ((performance.now() - started) / 1000).toFixed(1);
const count = (pgPort, sql) => Number(psql(pgPort, sql).trim());

const app = await startAppWithAdmin();
try {
  const units = unitsFor(Number(values.assessments), 0);
  let started = performance.now();
  await loadUnits(app.pgPort, 0, units, ['v1']);
  psql(app.pgPort, 'VACUUM (ANALYZE);');
  const total = count(app.pgPort, 'SELECT count(*) FROM assessments');
  const scored = count(app.pgPort, `SELECT count(*) FROM assessment_scores WHERE methodology = 'v1'`);
  console.log(`Loaded ${total} assessments (${scored} scored under v1 only) by COPY in ${seconds(started)} s`);

  started = performance.now();
  const run = spawnSync(process.execPath, ['apps/api/dist/scores-backfill.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `postgres://postgres:cpc-observatory@127.0.0.1:${app.pgPort}/postgres` },
    encoding: 'utf8',
  });
  const elapsed = seconds(started);
  if (run.status !== 0) throw new Error(`scores:backfill failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  const v2 = count(app.pgPort, `SELECT count(*) FROM assessment_scores WHERE methodology = 'v2'`);
  const logged = /"msg":"Scored (\d+) assessments under methodology v2"/.exec(run.stdout)?.[1];
  console.log(`scores:backfill: ${v2} assessments scored under v2 in ${elapsed} s (the command logged ${logged})`);
  if (v2 !== scored) throw new Error(`expected ${scored} v2 scores, found ${v2}`);
} finally {
  await app.stop();
}
