import { describe, expect, it } from 'vitest';
import { profilePath } from '../src/api/profileQuery';

describe('the profile request', () => {
  it('asks for the grouping, and for validated assessments only when the toggle is on', () => {
    expect(profilePath('FRA', 'wco')).toBe('/api/countries/FRA/profile?grouping=wco');
    expect(profilePath('FRA', 'custom-1', true)).toBe('/api/countries/FRA/profile?grouping=custom-1&status=validated');
  });
});
