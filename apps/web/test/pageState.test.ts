import { describe, expect, it } from 'vitest';
import { parsePageState, serializePageState, selectableYears, type PageState } from '../src/url/pageState';

const CURRENT_YEAR = 2026;
const DEFAULTS: PageState = { grouping: 'wco', from: 2016, to: 2026, lang: 'en', band: true, allMembers: false };

describe('parsePageState', () => {
  it('uses the defaults for an empty query string', () => {
    expect(parsePageState('', CURRENT_YEAR)).toEqual(DEFAULTS);
  });

  it('reads every valid parameter', () => {
    expect(parsePageState('?grouping=un&from=2018&to=2022&lang=fr&band=0&all=1', CURRENT_YEAR)).toEqual({
      grouping: 'un',
      from: 2018,
      to: 2022,
      lang: 'fr',
      band: false,
      allMembers: true,
    });
  });

  it('falls back to the default for each malformed value', () => {
    expect(parsePageState('?grouping=%3Cscript%3E&from=abc&to=20x6&lang=de&band=maybe&all=yes', CURRENT_YEAR)).toEqual(
      DEFAULTS,
    );
    expect(parsePageState('?grouping=&from=2016.5&to=+2020', CURRENT_YEAR)).toEqual(DEFAULTS);
  });

  it('rejects years before 2000 and after next year', () => {
    expect(parsePageState('?from=1999&to=2028', CURRENT_YEAR)).toEqual(DEFAULTS);
    expect(parsePageState('?from=2000&to=2026', CURRENT_YEAR)).toMatchObject({ from: 2000, to: 2026 });
    // Next year's questionnaire may already be answered, so the period may end next year.
    expect(parsePageState('?from=2020&to=2027', CURRENT_YEAR)).toMatchObject({ from: 2020, to: 2027 });
  });

  it('keeps a valid parameter when its neighbour is invalid', () => {
    expect(parsePageState('?grouping=un&from=nope&lang=fr', CURRENT_YEAR)).toEqual({
      ...DEFAULTS,
      grouping: 'un',
      lang: 'fr',
    });
  });

  it('keeps `to` and resets `from` when from is after to', () => {
    expect(parsePageState('?from=2024&to=2018', CURRENT_YEAR)).toMatchObject({ from: 2016, to: 2018 });
    // The default from (2016) would itself be after to=2010, so from follows to.
    expect(parsePageState('?from=2020&to=2010', CURRENT_YEAR)).toMatchObject({ from: 2010, to: 2010 });
  });

  it('derives a from no later than the current year', () => {
    expect(parsePageState('', 2012)).toMatchObject({ from: 2012, to: 2012 });
  });

  it('accepts true/false as well as 1/0 for the toggles', () => {
    expect(parsePageState('?band=false&all=true', CURRENT_YEAR)).toMatchObject({ band: false, allMembers: true });
  });
});

describe('serializePageState', () => {
  it('writes grouping, years and language, and the toggles only when not at their default', () => {
    expect(serializePageState(DEFAULTS)).toBe('?grouping=wco&from=2016&to=2026&lang=en');
    expect(serializePageState({ ...DEFAULTS, band: false, allMembers: true })).toBe(
      '?grouping=wco&from=2016&to=2026&lang=en&band=0&all=1',
    );
  });

  it('keeps parameters the page does not own and replaces its own', () => {
    expect(serializePageState({ ...DEFAULTS, lang: 'fr' }, '?utm_source=mail&lang=en&band=0')).toBe(
      '?utm_source=mail&lang=fr&grouping=wco&from=2016&to=2026',
    );
  });

  it('round-trips through parsePageState', () => {
    const state: PageState = { grouping: 'un', from: 2019, to: 2021, lang: 'fr', band: false, allMembers: true };
    expect(parsePageState(serializePageState(state), CURRENT_YEAR)).toEqual(state);
  });
});

describe('selectableYears', () => {
  it('lists every year from 2000 to next year', () => {
    const years = selectableYears(2003);
    expect(years).toEqual([2000, 2001, 2002, 2003, 2004]);
  });
});
