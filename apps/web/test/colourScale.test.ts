import { describe, expect, it } from 'vitest';
import { fillFor, indexColour, levelColour, sequentialColour, textColourOn } from '../src/chart/colourScale';

describe('the sequential colour scale', () => {
  it('runs from dark purple (0) through teal (50) to yellow (100)', () => {
    expect(indexColour(0)).toBe('#440154');
    expect(indexColour(50)).toBe('#26828e');
    expect(indexColour(100)).toBe('#fde725');
  });

  it('interpolates between its stops and clamps outside 0–100', () => {
    // Halfway between #440154 and #482878 (one eighth of the scale is 12.5).
    expect(indexColour(6.25)).toBe('#461566');
    expect(sequentialColour(-1)).toBe('#440154');
    expect(sequentialColour(2)).toBe('#fde725');
    expect(sequentialColour(Number.NaN)).toBe('#440154');
  });

  it('gives the five levels five steps of the same scale', () => {
    expect([1, 2, 3, 4, 5].map(levelColour)).toEqual(['#440154', '#3e4989', '#26828e', '#35b779', '#fde725']);
  });

  it('fills no data with a pattern, never with a colour of the scale', () => {
    expect(fillFor({ state: 'value', value: 0 }, 'overall')).toEqual({ kind: 'colour', colour: '#440154' });
    expect(fillFor({ state: 'value', value: 5 }, 'level')).toEqual({ kind: 'colour', colour: '#fde725' });
    expect(fillFor({ state: 'notAssessed' }, 'overall')).toEqual({ kind: 'notAssessed' });
    expect(fillFor({ state: 'withheld' }, 'governance')).toEqual({ kind: 'withheld' });
  });

  it('prints values in white on dark cells and in black on light ones', () => {
    expect(textColourOn('#440154')).toBe('#ffffff');
    expect(textColourOn('#fde725')).toBe('#000000');
    expect(textColourOn('#26828e')).toBe('#000000');
  });
});
