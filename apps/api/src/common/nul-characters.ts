import type { NextFunction, Request, Response } from 'express';

/** The path of the first string in `value` that holds a NUL character, which PostgreSQL text cannot store. */
export function pathOfNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return path ? `${path}.${key}` : key;
    const found = pathOfNul(inner, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** A 400 naming the field, before a NUL in a query or a JSON body reaches a query as a 500. */
export function refuseNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const field = pathOfNul(req.query, '') ?? pathOfNul(req.body, '');
  if (field === null) {
    next();
    return;
  }
  const message = `${field || 'body'}: must not contain a NUL character (\\u0000)`;
  res
    .status(400)
    .json({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: field || 'body', message }] });
}
