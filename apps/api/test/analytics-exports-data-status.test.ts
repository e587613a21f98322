import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE, clientFor, insertRawAssessment, type Client } from './assessment-fixtures.js';
import { readXlsx } from './analytics-exports.expected.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * What a file says it counts (`dataStatus`) against what its rows hold (issue #18: the profile's file said
 * "submitted and validated assessments" while its rows listed returned ones). FRA has one assessment of each
 * status: 2021 draft, 2022 submitted, 2023 returned, 2024 validated; the profile's trajectory lists all four.
 */

let t: TestApp;
let analyst: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  const statuses = ['draft', 'submitted', 'returned', 'validated'];
  for (const [i, status] of statuses.entries())
    await insertRawAssessment(t.db, { country: 'FRA', year: 2021 + i, status, answers: WORKED_EXAMPLE });
});
afterAll(() => t.close());

async function workbook(path: string) {
  const res = await analyst
    .get(path)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        done(null, Buffer.concat(chunks));
      });
    })
    .expect(200);
  return readXlsx(res.body as Buffer);
}

const statusesOf = (data: { header: string[]; rows: unknown[][] }) =>
  data.rows.map((row) => row[data.header.indexOf('status')]);

describe('the profile’s file', () => {
  it('lists every assessment of the country, whatever its status, and says so', async () => {
    const { data, metadata } = await workbook('/api/countries/FRA/profile?format=xlsx&headers=fields&lang=en');
    expect(statusesOf(data)).toEqual(['draft', 'submitted', 'returned', 'validated']);
    expect(metadata.get('dataStatus')).toBe(
      'every assessment of the country, whatever its status (draft, submitted, returned or validated): the status column says which',
    );
  });

  it('says the same with status=validated, which narrows the comparison only, not the rows', async () => {
    const path = '/api/countries/FRA/profile?format=xlsx&headers=fields&lang=fr&status=validated';
    const { data, metadata } = await workbook(path);
    expect(statusesOf(data)).toEqual(['draft', 'submitted', 'returned', 'validated']);
    expect(metadata.get('dataStatus')).toBe(
      'toutes les évaluations du pays, quel que soit leur statut (brouillon, soumise, renvoyée ou validée) : la colonne du statut l’indique',
    );
  });
});

describe('the other views that count no assessment, or not only assessments', () => {
  it('the instruments view counts the register’s records, not operation results', async () => {
    const { metadata } = await workbook('/api/analytics/instruments?format=xlsx&from=2024&to=2024&lang=en');
    expect(metadata.get('dataStatus')).toBe(
      'records of the cooperation instruments register in force each year (no assessment status applies)',
    );
  });

  it('the action plans views count the plans’ actions against the counted assessments’ gaps', async () => {
    for (const path of ['/api/analytics/actions', '/api/analytics/gap-closure']) {
      const { metadata } = await workbook(`${path}?format=xlsx&from=2024&to=2024&lang=en`);
      expect(metadata.get('dataStatus')).toBe(
        'actions of the national action plans as recorded, against the gaps of submitted and validated assessments',
      );
    }
  });
});
