import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

export interface SecurityOptions {
  /** Origins allowed to call the API from another site; none by default. */
  corsOrigins: string[];
  /** Sent Strict-Transport-Security: only behind TLS, where browsers reach the app over HTTPS. */
  hsts: boolean;
  /**
   * How many reverse proxies in front of the app to trust for the client's address (X-Forwarded-For): the
   * per-address sign-in limit counts the client, not the proxy. 0 (default): none, the header is ignored.
   */
  trustProxy?: number;
}

/** Where the API documentation (Swagger UI, from swagger-ui-dist through @nestjs/swagger) is served. */
const DOCS_PATH = '/api/docs';

/**
 * Security headers for the single-page app and its API: scripts, styles, fonts and connections from this
 * origin only; images also from data: and blob: URLs (chart downloads draw on a canvas); no framing.
 *
 * The API documentation page gets a policy of its own, on its own path only. Its scripts are all files from
 * this origin (the bundle, the preset and `swagger-ui-init.js`, which carries the document), so scripts stay
 * `'self'`. Its page has inline `<style>` blocks and a `style` attribute, so styles also allow
 * `'unsafe-inline'`; its stylesheet draws icons from data: URLs; "Try it out" calls this origin.
 */
export function applySecurityHeaders(app: NestExpressApplication, options: SecurityOptions): void {
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', options.trustProxy);
  const common = { hsts: options.hsts ? { maxAge: 15_552_000, includeSubDomains: true } : false } as const;
  const strict = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  const docs = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isDocs = req.path === DOCS_PATH || req.path.startsWith(`${DOCS_PATH}/`);
    (isDocs ? docs : strict)(req, res, next);
  });
  if (options.corsOrigins.length > 0) app.enableCors({ origin: options.corsOrigins, credentials: false });
}
