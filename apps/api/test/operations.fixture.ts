import type { CreateOperationRequest, CreateResultRequest } from '@cpc/domain';
import { expect } from 'vitest';
import { clientFor as sharedClientFor, type Client, type Who } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Shared by the tests of joint operations through the API (operations, operations-updates, operations-results
 * and operations-access .test.ts): each calls `setUp` in its own beforeAll (its own app and database) and
 * closes `t` in its afterAll. Factories make valid requests with unique codes, overridable field by field;
 * `readBack` is what shows that a rejected write changed nothing.
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export let t: TestApp;
export let admin: Client;
export let analyst: Client;

export function clientFor(who: Who): Promise<Client> {
  return sharedClientFor(t, who);
}

/** Starts this test file's app, with an admin and an analyst signed in. */
export async function setUp(): Promise<void> {
  t = await startTestApp();
  admin = await clientFor({ role: 'admin' });
  analyst = await clientFor({ role: 'analyst' });
}

// ---------------------------------------------------------------------------------------------------------
// Factories: valid requests with unique codes, overridable field by field.

export let sequence = 0;

export function newOperation(overrides: Partial<CreateOperationRequest> = {}): CreateOperationRequest {
  sequence++;
  return {
    code: `OPS-${sequence}`,
    name: `Joint operation ${sequence}`,
    programme: 'aircop',
    lead: 'unodc',
    activities: ['risk_targeting', 'interception'],
    startDate: '2024-03-01',
    endDate: '2024-03-31',
    countries: ['FRA', 'DEU'],
    ...overrides,
  };
}

export function newResult(country: string, overrides: Partial<CreateResultRequest> = {}): CreateResultRequest {
  return {
    country,
    unitType: 'airport_task_force',
    arrests: 2,
    investigationsOpened: 1,
    controlledDeliveries: 0,
    personsChecked: 500,
    databaseChecks: [{ database: 'sltd', queries: 500, hits: 4 }],
    seizures: [{ commodity: 'cocaine', cases: 1, quantity: 2.5, unit: 'kg' }],
    ...overrides,
  };
}

export interface Operation {
  id: string;
  code: string;
  name: string;
  endDate: string;
  countries: string[];
  reportedCountries: string[];
  updatedAt: string;
}
export interface Result {
  id: string;
  operationId: string;
  country: string;
  arrests: number;
  updatedAt: string;
}

export async function createOperation(overrides: Partial<CreateOperationRequest> = {}): Promise<Operation> {
  const res = await analyst.post('/api/operations').send(newOperation(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Operation;
}

export async function createResult(operationId: string, body: CreateResultRequest): Promise<Result> {
  const res = await analyst.post(`/api/operations/${operationId}/results`).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Result;
}

/** What the admin reads of one operation: the operation (or its 404) and its results. */
export async function readBack(operationId: string) {
  const operation = await admin.get(`/api/operations/${operationId}`);
  const results = await admin.get(`/api/operations/${operationId}/results`);
  return { status: operation.status, operation: operation.body, results: results.body };
}

export async function totalOperations(query = ''): Promise<number> {
  const res = await admin.get(`/api/operations?limit=1${query}`).expect(200);
  return res.body.total as number;
}

export function codesOf(body: { operations: { code: string }[] }): string[] {
  return body.operations.map((o) => o.code);
}

export function fieldsOf(body: { errors: { field: string }[] }): string[] {
  return body.errors.map((e) => e.field);
}
