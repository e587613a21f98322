import { Logger } from '@nestjs/common';
import { JsonLogger } from './common/json-logger.js';
import { loadConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { openDatabaseServer } from './db/database-server.js';

/**
 * `npm run scores:backfill -w @cpc/api`: the start-up steps alone (migrations, reference data, and the scoring
 * of every scored assessment under each methodology version it has no scores under), then exit, without
 * serving. For a new version on a large database, before the app is restarted on it.
 */
async function backfill(): Promise<void> {
  Logger.overrideLogger(new JsonLogger());
  const logger = new Logger('ScoresBackfill');
  const config = loadConfig();
  const database = await openDatabaseServer(config, (m) => {
    logger.log(m);
  });
  try {
    const started = Date.now();
    const app = await createApp({ databaseUrl: database.url, demoData: false, logger: new JsonLogger() });
    await app.close();
    logger.log(`Every scored assessment has scores under every methodology version (${Date.now() - started} ms)`);
  } finally {
    await database.stop();
  }
}

backfill().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
