/**
 * A long computation cut into slices: a generator that yields between slices and returns its result. The API
 * runs one slice per turn of its event loop, so that parsing a large import never holds every other request
 * for its whole length (a 100,000-row operations file took about a second); anything else runs it at once.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Rows per slice: a few milliseconds of parsing. */
export const ROWS_PER_SLICE = 2_000;

/** Runs every slice of `work` now and gives its result. */
export function runAtOnce<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** A slice boundary after every `perSlice` calls (ROWS_PER_SLICE unless told): `if (slices.ended()) yield;` in a row loop. */
export class SliceCounter {
  private rows = 0;

  constructor(private readonly perSlice = ROWS_PER_SLICE) {}

  ended(): boolean {
    this.rows++;
    return this.rows % this.perSlice === 0;
  }
}
