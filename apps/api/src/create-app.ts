import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type INestApplication, Logger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { ScoreBackfill } from './assessments/score.backfill.js';
import { MaturityCellsInstaller } from './analytics/maturity-cells.installer.js';
import { DEFAULT_AUTH_OPTIONS, type AuthOptions } from './auth/auth-options.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { refuseUnstorableInput } from './common/unstorable-input.js';
import { SharedJsonInterceptor } from './common/shared-json.interceptor.js';
import { applySecurityHeaders, type SecurityOptions } from './common/security-headers.js';
import type { ReplicaOptions } from './db/replicas/replica-options.js';
import { withStartupLock } from './db/startup-lock.js';
import { DemoDataLoader } from './demo/demo-data.loader.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { ReferenceDataLoader } from './reference/reference-data.loader.js';
import { AccountBootstrap } from './users/account-bootstrap.js';

export interface AppOptions {
  databaseUrl: string;
  demoData: boolean;
  webDist?: string;
  logger?: LoggerService | false;
  /** Defaults to DEFAULT_AUTH_OPTIONS, with demo accounts whenever demo data is on. */
  auth?: Partial<AuthOptions>;
  /** Defaults to no CORS and no HSTS. */
  security?: SecurityOptions;
  /** Streaming replicas for analytics and export reads (db/replicas); none by default. */
  replicas?: Partial<ReplicaOptions>;
}

/** Builds the API: migrations applied, reference data loaded, demo data when asked and the database is empty. */
export async function createApp(options: AppOptions): Promise<INestApplication> {
  const auth: AuthOptions = { ...DEFAULT_AUTH_OPTIONS, demoUsers: options.demoData, ...options.auth };
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(options.databaseUrl, auth, options.replicas),
    {
      logger: options.logger ?? new Logger(),
    },
  );
  applySecurityHeaders(app, options.security ?? { corsOrigins: [], hsts: false });
  app.setGlobalPrefix('api');
  app.useBodyParser('json', { limit: '1mb' });
  app.use(refuseUnstorableInput);
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useGlobalInterceptors(new SharedJsonInterceptor());
  const { document: openApi } = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs/openapi.json' });
  // NestJS's conventional address for the document, which client generators try first.
  const server: express.Express = app.getHttpAdapter().getInstance();
  server.get('/api/docs-json', (_request: Request, response: Response) => {
    response.json(openApi);
  });
  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) serveWeb(app, options.webDist);
  await prepareDatabase(app, options.demoData);
  return app;
}

async function prepareDatabase(app: INestApplication, demoData: boolean): Promise<void> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  await withStartupLock(dataSource, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    // Before any write of the start-up: each one's maintained maturity figures are refreshed by this function.
    await app.get(MaturityCellsInstaller).run();
    await app.get(ReferenceDataLoader).load();
    await app.get(AccountBootstrap).run();
    await app.get(ScoreBackfill).run();
    if (demoData) await app.get(DemoDataLoader).loadIfEmpty();
  });
}

/**
 * The built dashboard, with every non-API path falling back to index.html for client-side routing. API
 * requests skip the file lookup: a `stat` per request cost about 5% of the API's time under load.
 */
function serveWeb(app: NestExpressApplication, webDist: string): void {
  const assets = express.static(webDist, { index: false, maxAge: '1h' });
  const indexHtml = join(webDist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api')) {
      next();
      return;
    }
    assets(req, res, () => {
      if (req.method !== 'GET') {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  });
}
