import type pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * PostgreSQL ends its sessions with an error when it shuts down or restarts (57P01), which pg emits as an
 * 'error' event on a client with no query running. A client checked out of the pool between two queries had
 * no listener, and Node ended the process (the database-restart reliability test caught it). Unheard, the
 * error would end this test process too.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('a session ended while a client is checked out and idle fails that client, not the process', async () => {
  const pool = (t.app.get(DataSource).driver as unknown as { master: pg.Pool }).master;
  const client = await pool.connect();
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const ended = new Promise((resolve) => client.once('end', resolve));
  await t.db.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
  await ended;
  await expect(client.query('SELECT 1')).rejects.toThrow();
  client.release(true);
  // The app serves on, from fresh connections.
  const health = await request(t.app.getHttpServer()).get('/api/health').expect(200);
  expect(health.body).toMatchObject({ status: 'ok', db: 'up' });
});
