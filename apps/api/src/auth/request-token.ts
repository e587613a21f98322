import type { Request } from 'express';
import { readCookie, SESSION_COOKIE } from './session-cookie.js';

/** How a request proved its session: a bearer header (API clients) or the browser's cookie. */
export interface RequestToken {
  token: string;
  via: 'bearer' | 'cookie';
}

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * The session token of a request. An Authorization header wins: a client that sends one means it, and a
 * malformed one is refused rather than silently replaced by a cookie.
 */
export function requestToken(request: Request): RequestToken | null {
  if (request.headers.authorization !== undefined) {
    const token = bearerToken(request);
    return token ? { token, via: 'bearer' } : null;
  }
  const cookie = readCookie(request, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}
