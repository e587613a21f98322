import type { NextFunction, Request, Response } from 'express';
import type { ErrorParams, FieldErrorCode } from '@cpc/domain';
import type { FieldError } from './field-errors.js';

/**
 * How deeply a JSON body or query may nest. No request of the API nests deeper than four levels (a grouping's
 * regions and their members); 64 leaves room for any honest client. The bound is what keeps the recursive
 * walkers after this check (zod, JSON.stringify, PostgreSQL's jsonb parser) far from their stack limits: body
 * parsing is iterative, so 100,000 nested arrays fit in a 1 MB body and would otherwise overflow one of them.
 */
export const MAX_JSON_DEPTH = 64;

export type UnstorableText = 'nul' | 'lone-surrogate';

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What in `text` PostgreSQL cannot store, or null: a NUL character (text and jsonb cannot hold U+0000), or an
 * unpaired UTF-16 surrogate (jsonb refuses `\ud800`, and a text parameter silently turns it into U+FFFD).
 */
export function unstorableText(text: string): UnstorableText | null {
  if (text.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(text) ? 'lone-surrogate' : null;
}

const TEXT_PROBLEMS: Record<UnstorableText, string> = {
  nul: 'must not contain a NUL character (\\u0000)',
  'lone-surrogate': 'must not contain an unpaired UTF-16 surrogate (\\ud800 to \\udfff)',
};

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
  /** How many objects and arrays enclose the value. */
  depth: number;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v = visit; v.parent !== null; v = v.parent) keys.push(v.key);
  return keys.reverse().join('.');
}

/** The top-level field holding the value (none in an array): an over-deep structure is named by where it starts. */
function topFieldOf(visit: Visit): string {
  let v = visit;
  while (v.parent !== null && v.parent.parent !== null) v = v.parent;
  return v.parent === null || Array.isArray(v.parent.value) ? '' : v.key;
}

/**
 * The first field of `value`, in document order, that holds unstorable text (in a value or a key) or nests
 * deeper than MAX_JSON_DEPTH; null when there is none. Iterative, so that no nesting can overflow the stack.
 */
export function findUnstorable(value: unknown): FieldError | null {
  const stack: Visit[] = [{ value, key: '', parent: null, depth: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const keyProblem = visit.parent === null ? null : unstorableText(visit.key);
    if (keyProblem !== null) return fieldError(pathOf(visit), TEXT_PROBLEMS[keyProblem], 'unstorable_text');
    const inner = visit.value;
    if (typeof inner === 'string') {
      const problem = unstorableText(inner);
      if (problem !== null) return fieldError(pathOf(visit), TEXT_PROBLEMS[problem], 'unstorable_text');
      continue;
    }
    if (typeof inner !== 'object' || inner === null) continue;
    if (visit.depth >= MAX_JSON_DEPTH)
      return fieldError(topFieldOf(visit), `nested deeper than ${MAX_JSON_DEPTH} levels`, 'too_deep', {
        maximum: MAX_JSON_DEPTH,
      });
    // Pushed last to first, so that the fields are visited in document order.
    const entries = Object.entries(inner);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      stack.push({ value: child, key, parent: visit, depth: visit.depth + 1 });
    }
  }
  return null;
}

function fieldError(path: string, problem: string, code: FieldErrorCode, params?: ErrorParams): FieldError {
  const field = path || 'body';
  return { field, message: `${field}: ${problem}`, code, ...(params && { params }) };
}

/**
 * A 400 naming the field, before text PostgreSQL cannot store or an over-deep structure in a query or a JSON
 * body reaches a query or a recursive walker as a 500.
 */
export function refuseUnstorableInput(req: Request, res: Response, next: NextFunction): void {
  const error = findUnstorable(req.query) ?? findUnstorable(req.body);
  if (error === null) {
    next();
    return;
  }
  res
    .status(400)
    .json({ statusCode: 400, error: 'Bad Request', code: 'invalid_fields', message: error.message, errors: [error] });
}
