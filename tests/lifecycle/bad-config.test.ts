import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, postmasterPidFile } from '../support/app-process.js';

describe('a mistyped setting stops the app at once, naming the setting', () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it.each([
    { name: 'PORT', value: 'abc' },
    { name: 'DEMO_DATA', value: 'maybe' },
    { name: 'CORS_ORIGINS', value: 'portal.example.org/path' },
    { name: 'HSTS', value: 'sometimes' },
  ])('$name=$value: exits non-zero with a message naming $name', async ({ name, value }) => {
    const app = await harness.spawn({ env: { [name]: value } });
    const exit = await app.waitForExit(30_000);

    expect(exit.code, app.describe()).not.toBe(0);
    expect(exit.code, app.describe()).not.toBeNull();
    expect(app.output()).toContain(name);
    expect(existsSync(postmasterPidFile(app.dataDir)), 'no PostgreSQL left running').toBe(false);
  });
});

describe('in production, the app refuses to start with demo data or without an admin password', () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it.each([
    { name: 'DEMO_DATA', env: { NODE_ENV: 'production' } },
    { name: 'ADMIN_PASSWORD', env: { NODE_ENV: 'production', DEMO_DATA: 'false', ADMIN_PASSWORD: '' } },
  ])('refuses, naming $name', async ({ name, env }) => {
    const app = await harness.spawn({ env });
    const exit = await app.waitForExit(30_000);

    expect(exit.code, app.describe()).not.toBe(0);
    expect(app.output()).toContain('Refusing to start');
    expect(app.output()).toContain(name);
    expect(existsSync(postmasterPidFile(app.dataDir)), 'no PostgreSQL started').toBe(false);
  });
});
