import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
// The document is JSON read by the test: its deep shape is checked, not typed.
let doc: {
  paths: Record<string, Record<string, ReturnType<typeof JSON.parse>>>;
  components: { securitySchemes: Record<string, unknown> };
};

beforeAll(async () => {
  t = await startTestApp();
  const token = await t.tokenFor('viewer', 'FRA');
  doc = (
    await request(t.app.getHttpServer())
      .get('/api/docs/openapi.json')
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
  ).body;
});
afterAll(() => t.close());

describe('the OpenAPI document', () => {
  it('lists every assessments route', () => {
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/assessments'))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual([
      'GET /api/assessments',
      'GET /api/assessments/import/template',
      'GET /api/assessments/{id}',
      'GET /api/assessments/{id}/history',
      'GET /api/assessments/{id}/register-checks',
      'PATCH /api/assessments/{id}',
      'POST /api/assessments',
      'POST /api/assessments/import',
      'POST /api/assessments/{id}/return',
      'POST /api/assessments/{id}/submit',
      'POST /api/assessments/{id}/validate',
    ]);
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
  });

  it('takes the request and response schemas from the domain', () => {
    const create = doc.paths['/api/assessments']!.post;
    const requestSchema = create.requestBody.content['application/json'].schema;
    expect(requestSchema.required).toEqual(['country', 'year', 'answers']);
    expect(requestSchema.additionalProperties).toBe(false);
    expect(create.responses['201'].content['application/json'].schema.required).toContain('scores');
    const patch = doc.paths['/api/assessments/{id}']!.patch;
    expect(patch.summary).toMatch(/REPLACE the stored sets wholesale/);
    expect(patch.responses['409'].content['application/json'].schema.required).toContain('currentVersion');
    const submit = doc.paths['/api/assessments/{id}/submit']!.post;
    expect(submit.responses['422'].content['application/json'].schema.required).toEqual([
      'statusCode',
      'message',
      'missing',
      'invalid',
    ]);
    // Every write to an assessment states the version read, and may answer 409 on a stale one.
    for (const [path, required] of [
      ['/api/assessments/{id}/submit', ['version']],
      ['/api/assessments/{id}/validate', ['version']],
      ['/api/assessments/{id}/return', ['comment', 'version']],
    ] as const) {
      const op = doc.paths[path]!.post;
      expect(op.requestBody.content['application/json'].schema.required, path).toEqual(required);
      expect(op.responses['409'].content['application/json'].schema.required, path).toContain('currentVersion');
    }
    const importOp = doc.paths['/api/assessments/import']!.post;
    expect(importOp.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
    expect(importOp.responses['422'].content['application/json'].schema.properties.errors.items.required).toEqual([
      'row',
      'column',
      'message',
      'code',
    ]);
  });
});
