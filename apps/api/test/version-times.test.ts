import { describe, expect, it } from 'vitest';
import { VersionTimes } from '../src/db/replicas/version-times.js';

describe('a replica’s lag from the data versions it has replayed', () => {
  it('is 0 when it has the newest version heard of, else the age of the oldest version it lacks', () => {
    const times = new VersionTimes();
    expect(times.lagOf(5n, 1_000)).toBeNull();
    times.record(5n, 1_000);
    times.record(7n, 3_000);
    // Heard after 7: adds nothing.
    times.record(6n, 3_500);
    expect(times.lagOf(7n, 4_000)).toBe(0);
    expect(times.lagOf(9n, 4_000)).toBe(0);
    // Lacks 7, heard at 3,000.
    expect(times.lagOf(5n, 4_000)).toBe(1_000);
    expect(times.lagOf(6n, 4_000)).toBe(1_000);
    // Lacks 5, heard at 1,000.
    expect(times.lagOf(4n, 4_000)).toBe(3_000);
    expect(times.lagOf(null, 4_000)).toBeNull();
  });

  it('knows nothing once the feed is lost, and remembers a bounded number of versions', () => {
    const times = new VersionTimes();
    times.record(5n, 1_000);
    times.forget();
    expect(times.lagOf(1n, 2_000)).toBeNull();
    for (let v = 1; v <= 10_001; v++) times.record(BigInt(v), v * 10);
    // Version 1 is forgotten: a replica that lacks it lags at least since version 2 was heard (20).
    expect(times.lagOf(0n, 200_000)).toBe(200_000 - 20);
    expect(times.lagOf(10_000n, 200_000)).toBe(200_000 - 100_010);
  });
});
