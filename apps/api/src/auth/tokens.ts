import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the bearer token handed to the client once. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions store only this digest, so a database leak does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
