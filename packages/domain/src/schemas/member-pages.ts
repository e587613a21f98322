import { z } from 'zod';
import { isFileFormat } from '../exports/params.js';
import { limitParam, offsetParam } from './common.js';

/** How many members a page of a paged view holds, by default and at most. */
export interface MemberPageSize {
  default: number;
  max: number;
}

/**
 * A paged view's `limit` and `offset`. Pages run over the grouping's members in the order of their codes
 * (reference data, public), not over the assessed countries: where a page starts and how many there are
 * tells nothing of who is assessed.
 */
export function memberPageParams(page: MemberPageSize) {
  return {
    limit: limitParam(page.max)
      .optional()
      .describe(
        `Members per page, in the order of their codes (at most ${page.max}, ${page.default} by default; a csv, xlsx or zip file holds every member unless told)`,
      ),
    offset: offsetParam().describe('Members to skip before the page, in the order of their codes'),
  };
}

/** The members per page a query gets: its `limit`; else every member for a file (csv, xlsx, zip); else the default. */
export function memberPageLimit(
  q: { limit?: number | undefined; format?: unknown },
  page: MemberPageSize,
): number | null {
  return q.limit ?? (isFileFormat(q.format) ? null : page.default);
}

/** A paged view's answer: where its page lies among the members. */
export const MemberPageFields = {
  total: z.number().int().describe('Members of the grouping (or of the region) at the end of the year, over all pages'),
  limit: z.number().int().nullable().describe('Members per page; null for a file of every member'),
  offset: z.number().int().describe('Members before this page'),
};

/** The offsets of the pages after `first` (an answer with MemberPageFields), up to the members' total. */
export function laterPageOffsets(first: { total: number; limit: number | null; offset: number }): number[] {
  const offsets: number[] = [];
  if (first.limit === null || first.limit < 1) return offsets;
  for (let offset = first.offset + first.limit; offset < first.total; offset += first.limit) offsets.push(offset);
  return offsets;
}
