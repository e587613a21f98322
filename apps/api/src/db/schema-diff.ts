import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

/** Migrates a database, then asks TypeORM what the entities would still change: must be nothing. */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const log = await dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}
