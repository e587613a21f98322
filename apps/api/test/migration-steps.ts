import type { INestApplication } from '@nestjs/common';
import { DataSource, type MigrationInterface } from 'typeorm';

/** Runs migrations' `up` or `down`, in the order given, on one query runner of the app's data source. */
export async function runMigrations(
  app: INestApplication,
  steps: [migration: MigrationInterface, step: 'up' | 'down'][],
): Promise<void> {
  const runner = app.get(DataSource).createQueryRunner();
  try {
    for (const [migration, step] of steps) await migration[step](runner);
  } finally {
    await runner.release();
  }
}
