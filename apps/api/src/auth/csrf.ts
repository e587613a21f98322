import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenException } from '@nestjs/common';
import type { Request } from 'express';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The CSRF token of a session: a digest of its token, so it needs no storage, differs per session and dies with
 * it. The page learns it from the sign-in answer or GET /api/auth/session (same-origin reads another site cannot
 * make), never from the cookie, which no script reads. It does not reveal the session token.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`cpc-csrf:${sessionToken}`).digest('base64url');
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Sent by another site. Sec-Fetch-Site is set by the browser itself (Chromium, Firefox, Safari 16.4+); an older
 * browser is judged by Origin, against the host the request was sent to (X-Forwarded-Host behind a proxy).
 */
function isCrossSite(request: Request): boolean {
  const site = header(request, 'sec-fetch-site');
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = header(request, 'origin');
  if (origin === undefined) return false;
  const host = header(request, 'x-forwarded-host') ?? header(request, 'host');
  try {
    return new URL(origin).host !== host;
  } catch {
    // `Origin: null` (a sandboxed frame, a redirect across sites) or garbage: not this site.
    return true;
  }
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refused(message: string): ForbiddenException {
  return new ForbiddenException({ statusCode: 403, code: 'csrf_rejected', message });
}

/**
 * Refuses a write authenticated by the session cookie unless it comes from this site and carries the session's
 * CSRF token in X-CSRF-Token. Reads need neither: SameSite=Strict keeps the cookie off other sites' requests,
 * and the same-origin policy keeps their answers from other sites' scripts.
 */
export function assertCsrfSafe(request: Request, sessionToken: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (isCrossSite(request)) throw refused('A request from another site may not use the session cookie');
  if (!sameToken(header(request, CSRF_HEADER), csrfTokenFor(sessionToken)))
    throw refused('Send the session’s CSRF token in X-CSRF-Token (from sign-in or GET /api/auth/session)');
}
