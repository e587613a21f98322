import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { inject } from 'vitest';
import type { Role } from '@cpc/domain';
import request from 'supertest';
import type { AuthOptions } from '../src/auth/auth-options.js';
import type { SecurityOptions } from '../src/common/security-headers.js';
import { createApp } from '../src/create-app.js';
import { withDatabase } from '../src/db/database-server.js';

let counter = 0;

/** A fresh database copied from the migrated template, or `empty` (nothing migrated: what a first start finds). */
export async function createTestDatabase({ empty = false } = {}): Promise<string> {
  const serverUrl = inject('serverUrl');
  const template = inject('templateDatabase');
  const name = `${template.replace(/_template$/, '')}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${empty ? '' : ` TEMPLATE "${template}"`}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

export interface TestApp {
  app: INestApplication;
  url: string;
  db: pg.Pool;
  /** A signed-in user's bearer token, created on first use (admin is the bootstrap admin). */
  tokenFor(role: Role, country?: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_ADMIN = { email: 'admin@test.example.org', password: 'admin-password-for-tests' };
export const TEST_PASSWORD = 'user-password-for-tests';

/** The real API on its own fresh database; demo data off unless asked. */
export async function startTestApp(
  options: { demoData?: boolean; auth?: Partial<AuthOptions>; security?: SecurityOptions } = {},
): Promise<TestApp> {
  const url = await createTestDatabase();
  const app = await createApp({
    databaseUrl: url,
    demoData: options.demoData ?? false,
    logger: false,
    auth: {
      adminEmail: TEST_ADMIN.email,
      adminPassword: TEST_ADMIN.password,
      loginLimitPerIp: 100_000,
      ...options.auth,
    },
    ...(options.security ? { security: options.security } : {}),
  });
  await app.init();
  const db = new pg.Pool({ connectionString: url, max: 2 });
  // A test that drops its database (health.test.ts) terminates this pool's idle connection: expected, not a failure.
  db.on('error', () => undefined);
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (role: Role, country?: string): Promise<string> => {
    const key = `${role}:${country ?? ''}`;
    let token = tokens.get(key);
    if (!token) {
      token = signIn(app, role, country, role === 'admin' ? null : tokenFor('admin'));
      tokens.set(key, token);
    }
    return token;
  };
  return {
    app,
    url,
    db,
    tokenFor,
    close: async () => {
      await db.end();
      await app.close();
    },
  };
}

/** Creates the user through the users API (as the admin), then signs in through the login API. */
async function signIn(
  app: INestApplication,
  role: Role,
  country: string | undefined,
  adminToken: Promise<string> | null,
): Promise<string> {
  const server = app.getHttpServer();
  let credentials = TEST_ADMIN;
  if (adminToken) {
    credentials = {
      email: `${role}.${country ?? 'all'}.${++counter}@test.example.org`.toLowerCase(),
      password: TEST_PASSWORD,
    };
    await request(server)
      .post('/api/users')
      .set('Authorization', `Bearer ${await adminToken}`)
      .send({ ...credentials, role, country })
      .expect(201);
  }
  const res = await request(server).post('/api/auth/login').send(credentials).expect(200);
  return res.body.token as string;
}
