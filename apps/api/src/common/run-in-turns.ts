import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Sliced } from '@cpc/domain';

/**
 * Runs `work` one slice per turn of the event loop: the requests that arrive meanwhile are answered between
 * its slices instead of after all of them.
 */
export async function runInTurns<T>(work: Sliced<T>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}
