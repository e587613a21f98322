import type { CookieOptions, Request, Response } from 'express';

/** The session token, for the browser: HttpOnly, so no script of the page can read it (docs/security.md). */
export const SESSION_COOKIE = 'cpc_session';

/**
 * Sent to the API only: the pages themselves are public files, and only /api needs the session. SameSite=Strict:
 * every authenticated request is a same-origin fetch of the app, so a request started by another site (a link,
 * a form, an image) never carries the session.
 */
const COOKIE_PATH = '/api';

/**
 * Whether the browser reached the app over HTTPS: directly, or through a TLS proxy that says so. A client
 * claiming HTTPS over plain HTTP only makes its own browser drop the cookie. On plain http (the local demo on
 * localhost) the cookie is not Secure: Chromium and Firefox would keep a Secure cookie from http://localhost,
 * Safari would not, and a plain-http host (not localhost) would get no session at all.
 */
function isHttps(request: Request): boolean {
  if (request.secure) return true;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

function cookieOptions(request: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: COOKIE_PATH, secure: isHttps(request) };
}

/** Sets the cookie for as long as the session lasts (Max-Age and Expires): it dies with the session. */
export function setSessionCookie(request: Request, response: Response, token: string, expiresAt: Date): void {
  const maxAge = Math.max(0, expiresAt.getTime() - Date.now());
  response.cookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

/** One cookie's value from the Cookie header, without a parser dependency: `name=value` pairs split by `;`. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    return value.length > 0 ? value : null;
  }
  return null;
}
