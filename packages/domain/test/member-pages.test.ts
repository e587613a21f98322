import { describe, expect, it } from 'vitest';
import { laterPageOffsets } from '../src/index.js';

describe('laterPageOffsets', () => {
  it('lists the pages after the first up to the total, none for a file of every member', () => {
    expect(laterPageOffsets({ total: 7, limit: 2, offset: 0 })).toEqual([2, 4, 6]);
    expect(laterPageOffsets({ total: 6, limit: 2, offset: 0 })).toEqual([2, 4]);
    expect(laterPageOffsets({ total: 2, limit: 2, offset: 0 })).toEqual([]);
    expect(laterPageOffsets({ total: 0, limit: 1000, offset: 0 })).toEqual([]);
    expect(laterPageOffsets({ total: 5119, limit: 1000, offset: 3000 })).toEqual([4000, 5000]);
    expect(laterPageOffsets({ total: 18178, limit: null, offset: 0 })).toEqual([]);
  });
});
