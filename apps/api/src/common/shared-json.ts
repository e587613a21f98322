import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A shared value's JSON, and its gzip encoding when that is worth sending. */
export interface SerializedBody {
  json: string;
  etag: string;
  gzip: { bytes: Buffer; etag: string } | null;
}

/** Below this, gzip's framing costs about what it saves. */
const GZIP_MIN_BYTES = 1024;

const shared = new WeakSet<object>();
const serialized = new WeakMap<object, SerializedBody>();

/**
 * Marks a value that many responses send unchanged (a cached aggregate), so that it is serialised, hashed and
 * compressed once rather than per request. The value must never be mutated afterwards.
 */
export function shareJson<T extends object>(value: T): T {
  shared.add(value);
  return value;
}

/** The body of a shared value, with strong ETags for each encoding, or null for any other value. */
export function sharedJsonBody(value: unknown): SerializedBody | null {
  if (typeof value !== 'object' || value === null || !shared.has(value)) return null;
  let body = serialized.get(value);
  if (!body) {
    body = serialize(value);
    serialized.set(value, body);
  }
  return body;
}

function serialize(value: object): SerializedBody {
  const json = JSON.stringify(value);
  const hash = createHash('sha1').update(json).digest('base64url');
  const gzip = Buffer.byteLength(json) >= GZIP_MIN_BYTES ? { bytes: gzipSync(json), etag: `"${hash}-gz"` } : null;
  return { json, etag: `"${hash}"`, gzip };
}
