import type { z } from 'zod';
import { codedParams } from './issues.js';

interface RangeRule<K extends string> {
  start: K;
  end: K;
  /** The field the issue is reported on (default: `end`). */
  path?: K;
  message: string;
  /** Compares only values this accepts (e.g. real dates): a malformed one already has its own issue. */
  comparable?: (value: string) => boolean;
}

/** Two dates (YYYY-MM-DD) or two years, comparable as they are; anything else is left to its own issue. */
function bounds(start: unknown, end: unknown): [string, string] | [number, number] | null {
  if (typeof start === 'string' && typeof end === 'string') return [start, end];
  if (typeof start === 'number' && typeof end === 'number') return [start, end];
  return null;
}

/**
 * A cross-field rule as a superRefine: `end` must not come before `start` (either one absent: nothing to
 * compare). The issue carries `end_before_start` with both values and both field names, so that a client says
 * it in its own language; zod runs it even when a field has its own issue, hence `comparable`.
 */
export function endNotBeforeStart<K extends string>(rule: RangeRule<K>) {
  return (value: Partial<Record<K, unknown>>, ctx: z.RefinementCtx): void => {
    const pair = bounds(value[rule.start], value[rule.end]);
    if (pair === null || pair[1] >= pair[0]) return;
    const [start, end] = pair;
    if (rule.comparable && typeof start === 'string' && !(rule.comparable(start) && rule.comparable(String(end))))
      return;
    ctx.addIssue({
      code: 'custom',
      message: rule.message,
      path: [rule.path ?? rule.end],
      params: codedParams('end_before_start', { start, end, startField: rule.start, endField: rule.end }),
    });
  };
}

/** The span of years of an analytics query: `from` must not be after `to`, reported on `from`. */
export const fromNotAfterTo = endNotBeforeStart({
  start: 'from',
  end: 'to',
  path: 'from',
  message: 'from must not be after to',
});

/** A superRefine of a list that must not repeat a value: `listed_twice` naming the first value repeated. */
export function noValueTwice(message: string) {
  return (list: readonly string[], ctx: z.RefinementCtx): void => {
    const value = list.find((v, i) => list.indexOf(v) !== i);
    if (value !== undefined) ctx.addIssue({ code: 'custom', message, params: codedParams('listed_twice', { value }) });
  };
}
