import { WORKED_EXAMPLE_ANSWERS } from '@cpc/domain';
import type pg from 'pg';
import request from 'supertest';
import type { TestApp } from './test-app.js';

export type Answers = Record<string, string | string[] | number>;

/** The worked example of docs/methodology.md §4. */
export const WORKED_EXAMPLE: Answers = { ...WORKED_EXAMPLE_ANSWERS };

/** Its scores, from the document: 411.6667 / 9 = 45.7407, level 3. */
export const WORKED_EXAMPLE_SCORES = {
  methodologyVersion: 'v1',
  overall: 45.7407,
  level: 3,
  selfLevel: 3,
  dimensions: {
    governance: 62.5,
    information_exchange: 75,
    risk_targeting: 0,
    joint_controls: 50,
    enforcement_powers: 57.5,
    investigations: 66.6667,
    resource_sharing: 0,
    liaison: 50,
    training: 50,
  },
  items: {
    'A.1': 0.75,
    'A.2.1': 1,
    'A.2.2': 0.5,
    'A.3.1': 0, // A.3.2 does not apply
    'A.4.1': 0.5,
    'A.4.2': 0.5,
    'A.5.1': 0.375,
    'A.6': 1,
    'A.7.1': 0.5,
    'A.8': 0.5,
    'A.9': 1,
    'A.10': 0.5,
    'A.11': 0,
    'A.12': 1,
    'A.13': 0,
    'A.14.1': 0.5,
    'A.15.1': 1,
    'A.16.1': 0,
    'A.19': 0.5,
  },
};

/**
 * A second complete answer set, scored by hand:
 * governance (A.1 moa+committee = min(1, 0.75 + 0.25) = 1, A.19 no = 0) → 50;
 * information_exchange (A.2.1 partial 0.5, A.2.2 daily 0.75) → 62.5;
 * risk_targeting (A.3.1 yes 1, A.3.2 informal 0.5) → 75;
 * joint_controls (A.4.1 no 0; A.4.2 does not apply) → 0;
 * enforcement_powers (A.5.1 5/8 = 0.625, A.9 partial 0.5, A.10 none 0, A.11 yes 1, A.12 other_agency 0.5)
 *   → 100 × 2.625 / 5 = 52.5;
 * investigations (A.6 no 0, A.7.1 organised_crime 1, A.8 yes 1) → 66.6667;
 * resource_sharing (A.13 partial) → 50; liaison (A.14.1 both_ways) → 100;
 * training (A.15.1 no 0, A.16.1 yes 1) → 50.
 * Index = (50 + 62.5 + 75 + 0 + 52.5 + 66.6667 + 50 + 100 + 50) / 9 = 506.6667 / 9 = 56.2963 → level 3; self 2.
 * Gaps (< 0.5 points), in instrument order: A.4.1, A.6, A.10, A.15.1, A.19.
 */
export const SECOND_EXAMPLE: Answers = {
  'A.1': ['moa', 'joint_committee'],
  'A.2.1': 'partial',
  'A.2.2': 'daily',
  'A.3.1': 'yes',
  'A.3.2': 'informal',
  'A.4.1': 'no',
  'A.5.1': ['narcotics', 'counterfeits', 'endangered_species', 'currency', 'weapons'],
  'A.6': 'no',
  'A.7.1': 'organised_crime',
  'A.7.2': 'Organised crime cases are led jointly with the police.',
  'A.8': 'yes',
  'A.9': 'partial',
  'A.10': 'none',
  'A.11': 'yes',
  'A.12': 'other_agency',
  'A.13': 'partial',
  'A.14.1': 'both_ways',
  'A.15.1': 'no',
  'A.16.1': 'yes',
  'A.17': [],
  'A.18': 2,
  'A.19': 'no',
};

export const SECOND_EXAMPLE_SCORES = {
  methodologyVersion: 'v1',
  overall: 56.2963,
  level: 3,
  selfLevel: 2,
  dimensions: {
    governance: 50,
    information_exchange: 62.5,
    risk_targeting: 75,
    joint_controls: 0,
    enforcement_powers: 52.5,
    investigations: 66.6667,
    resource_sharing: 50,
    liaison: 100,
    training: 50,
  },
  items: {
    'A.1': 1, // moa 0.75 + CCDP 0.25
    'A.2.1': 0.5,
    'A.2.2': 0.75,
    'A.3.1': 1,
    'A.3.2': 0.5,
    'A.4.1': 0, // A.4.2 does not apply
    'A.5.1': 0.625, // 5 of 8 areas
    'A.6': 0,
    'A.7.1': 1,
    'A.8': 1,
    'A.9': 0.5,
    'A.10': 0,
    'A.11': 1,
    'A.12': 0.5,
    'A.13': 0.5,
    'A.14.1': 1,
    'A.15.1': 0,
    'A.16.1': 1,
    'A.19': 0,
  },
};

/** An assessment row inserted directly (fixture setup), as the API would store a draft or a scored one. */
export async function insertRawAssessment(
  db: pg.Pool,
  a: { country: string; year: number; status: string; answers?: Answers; source?: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO assessments (country_iso3, year, status, answers, source, submitted_at)
     VALUES ($1, $2, $3, $4, $5, CASE WHEN $3 = 'draft' THEN NULL ELSE now() END) RETURNING id`,
    [a.country, a.year, a.status, JSON.stringify(a.answers ?? {}), a.source ?? 'entered'],
  );
  return rows[0]!.id;
}

export type Who = { role: 'admin' | 'analyst' | 'coordinator' | 'viewer'; country?: string } | 'anonymous';

/** Requests as one caller: a signed-in user of `role` (of `country` for coordinators and viewers), or anonymous. */
export interface Client {
  get(path: string): request.Test;
  post(path: string): request.Test;
  patch(path: string): request.Test;
  put(path: string): request.Test;
  delete(path: string): request.Test;
}

export async function clientFor(t: TestApp, who: Who): Promise<Client> {
  const token = who === 'anonymous' ? null : await t.tokenFor(who.role, who.country);
  const server = t.app.getHttpServer();
  const withAuth = (test: request.Test) => (token ? test.set('Authorization', `Bearer ${token}`) : test);
  return {
    get: (path) => withAuth(request(server).get(path)),
    post: (path) => withAuth(request(server).post(path)),
    patch: (path) => withAuth(request(server).patch(path)),
    put: (path) => withAuth(request(server).put(path)),
    delete: (path) => withAuth(request(server).delete(path)),
  };
}

/** A CSV with this header and rows (record column → cell), quoted where needed, CRLF as Excel writes it. */
export function csvOf(header: string[], rows: Record<string, string>[], delimiter = ','): Buffer {
  const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((cells) =>
    cells.map(quote).join(delimiter),
  );
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** Cells for an answer set, written as a person fills a spreadsheet (multi values separated by ;). */
export function cellsOf(answers: Answers): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers).map(([code, v]) => [code, Array.isArray(v) ? v.join(';') : String(v)]),
  );
}
