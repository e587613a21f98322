import { createHash } from 'node:crypto';

interface SerializedBody {
  json: string;
  etag: string;
}

const shared = new WeakSet<object>();
const serialized = new WeakMap<object, SerializedBody>();

/**
 * Marks a value that many responses send unchanged (a cached aggregate), so that it is serialised and hashed
 * once rather than per request. The value must never be mutated afterwards.
 */
export function shareJson<T extends object>(value: T): T {
  shared.add(value);
  return value;
}

/** The body and strong ETag of a shared value, or null for any other value. */
export function sharedJsonBody(value: unknown): SerializedBody | null {
  if (typeof value !== 'object' || value === null || !shared.has(value)) return null;
  let body = serialized.get(value);
  if (!body) {
    const json = JSON.stringify(value);
    body = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
    serialized.set(value, body);
  }
  return body;
}
