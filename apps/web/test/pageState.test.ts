import { describe, expect, it } from 'vitest';
import {
  defaultPageState,
  parsePageState,
  serializePageState,
  selectableYears,
  type PageState,
  type StateKey,
} from '../src/url/pageState';
import { PAGE_KEYS } from '../src/url/pageKeys';

const CURRENT_YEAR = 2026;
const DEFAULTS: PageState = {
  grouping: 'wco',
  from: 2016,
  to: 2026,
  year: 2026,
  lang: 'en',
  dimension: null,
  status: 'counted',
  kind: 'computed',
  metric: 'overall',
  region: null,
  band: false,
  allMembers: false,
  programme: null,
  activity: null,
  commodity: null,
  outcome: 'seizureCases',
  detailYear: null,
  methodology: null,
  country: null,
};
const OVERVIEW: readonly StateKey[] = ['grouping', 'from', 'to', 'lang', 'band', 'allMembers'];

describe('parsePageState', () => {
  it('uses the defaults for an empty query string', () => {
    expect(parsePageState('', CURRENT_YEAR)).toEqual(DEFAULTS);
    expect(defaultPageState(CURRENT_YEAR)).toEqual(DEFAULTS);
  });

  it('reads every valid parameter', () => {
    expect(
      parsePageState(
        '?grouping=un&from=2018&to=2022&year=2020&lang=fr&band=1&all=1&dimension=liaison&status=validated&kind=self&metric=level&region=EUR' +
          '&programme=ccp&activity=controlled_delivery&commodity=tobacco&outcome=arrests&detailYear=2021' +
          '&methodology=v2&country=KEN',
        CURRENT_YEAR,
      ),
    ).toEqual({
      grouping: 'un',
      from: 2018,
      to: 2022,
      year: 2020,
      lang: 'fr',
      dimension: 'liaison',
      status: 'validated',
      kind: 'self',
      metric: 'level',
      region: 'EUR',
      band: true,
      allMembers: true,
      programme: 'ccp',
      activity: 'controlled_delivery',
      commodity: 'tobacco',
      outcome: 'arrests',
      detailYear: 2021,
      methodology: 'v2',
      country: 'KEN',
    });
    expect(parsePageState('?metric=training', CURRENT_YEAR).metric).toBe('training');
  });

  it('falls back to the default for each malformed value', () => {
    expect(
      parsePageState(
        '?grouping=%3Cscript%3E&from=abc&to=20x6&year=1999&lang=de&band=maybe&all=yes&dimension=overall&status=draft&kind=both&metric=gdp&region=%2F%2Fx' +
          '&programme=unodc&activity=smuggling&commodity=gold&outcome=overall&detailYear=1999',
        CURRENT_YEAR,
      ),
    ).toEqual(DEFAULTS);
    expect(parsePageState('?grouping=&from=2016.5&to=+2020&region=', CURRENT_YEAR)).toEqual(DEFAULTS);
  });

  it('rejects years before 2000 and after the current year', () => {
    expect(parsePageState('?from=1999&to=2028&year=2028', CURRENT_YEAR)).toEqual(DEFAULTS);
    expect(parsePageState('?from=2000&to=2026', CURRENT_YEAR)).toMatchObject({ from: 2000, to: 2026 });
    expect(parsePageState('?from=2020&to=2027&year=2027', CURRENT_YEAR)).toMatchObject({
      from: 2020,
      to: 2026,
      year: 2026,
    });
  });

  it('keeps a valid parameter when its neighbour is invalid', () => {
    expect(parsePageState('?grouping=un&from=nope&lang=fr&dimension=nope&status=validated', CURRENT_YEAR)).toEqual({
      ...DEFAULTS,
      grouping: 'un',
      lang: 'fr',
      status: 'validated',
    });
  });

  it('keeps `to` and resets `from` when from is after to', () => {
    expect(parsePageState('?from=2024&to=2018', CURRENT_YEAR)).toMatchObject({ from: 2016, to: 2018 });
    // The default from (2016) would itself be after to=2010, so from follows to.
    expect(parsePageState('?from=2020&to=2010', CURRENT_YEAR)).toMatchObject({ from: 2010, to: 2010 });
  });

  it('takes the single year from `to` unless the address gives one', () => {
    expect(parsePageState('?to=2021', CURRENT_YEAR)).toMatchObject({ to: 2021, year: 2021 });
    expect(parsePageState('?to=2021&year=2019', CURRENT_YEAR)).toMatchObject({ to: 2021, year: 2019 });
  });

  it('derives a from no later than the current year', () => {
    expect(parsePageState('', 2012)).toMatchObject({ from: 2012, to: 2012, year: 2012 });
  });

  it('accepts true/false as well as 1/0 for the toggles', () => {
    expect(parsePageState('?band=false&all=true', CURRENT_YEAR)).toMatchObject({ band: false, allMembers: true });
  });
});

describe('serializePageState', () => {
  it('writes grouping, years and language, and the rest only when not at their default', () => {
    expect(serializePageState(DEFAULTS, OVERVIEW)).toBe('?grouping=wco&from=2016&to=2026&lang=en');
    expect(serializePageState({ ...DEFAULTS, band: true, allMembers: true }, OVERVIEW)).toBe(
      '?grouping=wco&from=2016&to=2026&lang=en&band=1&all=1',
    );
    expect(serializePageState(DEFAULTS, PAGE_KEYS.map)).toBe('?grouping=wco&year=2026&lang=en');
    expect(serializePageState({ ...DEFAULTS, metric: 'liaison', status: 'validated' }, PAGE_KEYS.map)).toBe(
      '?grouping=wco&year=2026&lang=en&status=validated&metric=liaison',
    );
  });

  it('writes only the parts the page owns', () => {
    const state: PageState = { ...DEFAULTS, dimension: 'training', metric: 'level', kind: 'self', region: 'EUR' };
    expect(serializePageState(state, PAGE_KEYS.compare)).toBe(
      '?grouping=wco&from=2016&to=2026&year=2026&lang=en&region=EUR',
    );
    expect(serializePageState(state, PAGE_KEYS.profile)).toBe('?grouping=wco&lang=en');
  });

  it('writes the operations filters only when set, and the outcome only when not the default', () => {
    expect(serializePageState(DEFAULTS, PAGE_KEYS.operationsDashboard)).toBe('?grouping=wco&from=2016&to=2026&lang=en');
    expect(
      serializePageState(
        { ...DEFAULTS, programme: 'aircop', commodity: 'cocaine', detailYear: 2024 },
        PAGE_KEYS.operationsDashboard,
      ),
    ).toBe('?grouping=wco&from=2016&to=2026&lang=en&programme=aircop&commodity=cocaine&detailYear=2024');
    expect(serializePageState({ ...DEFAULTS, outcome: 'hitRate' }, PAGE_KEYS.maturityVsOutcomes)).toBe(
      '?grouping=wco&year=2026&lang=en&outcome=hitRate',
    );
  });

  it('keeps parameters the page does not own and replaces or removes its own', () => {
    expect(serializePageState({ ...DEFAULTS, lang: 'fr' }, OVERVIEW, '?utm_source=mail&lang=en&band=1')).toBe(
      '?utm_source=mail&lang=fr&grouping=wco&from=2016&to=2026',
    );
    expect(serializePageState(DEFAULTS, PAGE_KEYS.gaps, '?region=EUR&status=validated')).toBe(
      '?grouping=wco&year=2026&lang=en',
    );
  });

  it('reads a methodology version and a country, and ignores unknown ones', () => {
    expect(parsePageState('?methodology=v2&country=fra', CURRENT_YEAR)).toMatchObject({
      methodology: 'v2',
      country: 'FRA',
    });
    expect(parsePageState('?methodology=v9&country=FRANCE', CURRENT_YEAR)).toMatchObject({
      methodology: null,
      country: null,
    });
  });

  it('writes the methodology once chosen, even the default version, and leaves it out otherwise', () => {
    expect(serializePageState({ ...DEFAULTS, methodology: 'v1' }, PAGE_KEYS.gaps)).toBe(
      '?grouping=wco&year=2026&lang=en&methodology=v1',
    );
    expect(serializePageState(DEFAULTS, PAGE_KEYS.gaps, '?methodology=v2')).toBe('?grouping=wco&year=2026&lang=en');
  });

  it('round-trips through parsePageState', () => {
    const state: PageState = {
      grouping: 'un',
      from: 2019,
      to: 2021,
      year: 2020,
      lang: 'fr',
      dimension: 'governance',
      status: 'validated',
      kind: 'self',
      metric: 'risk_targeting',
      region: 'AFR',
      band: false,
      allMembers: true,
      programme: 'aircop',
      activity: 'interception',
      commodity: 'cocaine',
      outcome: 'hitRate',
      detailYear: 2020,
      methodology: 'v2',
      country: 'FRA',
    };
    const all = Object.keys(DEFAULTS) as StateKey[];
    expect(parsePageState(serializePageState(state, all), CURRENT_YEAR)).toEqual(state);
  });
});

describe('selectableYears', () => {
  it('spans the years with data and stops at the current year, even when data reach beyond it', () => {
    expect(selectableYears(2026, { first: 2021, last: 2027 })).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('keeps a year in use from an older link as the first choice', () => {
    expect(selectableYears(2026, { first: 2024, last: 2026 }, [2022, 2026])).toEqual([2022, 2023, 2024, 2025, 2026]);
  });

  it('offers the default period until the data years are known, and only the current year without data', () => {
    expect(selectableYears(2018)).toEqual([2016, 2017, 2018]);
    expect(selectableYears(2026, null)).toEqual([2026]);
  });

  it('never offers a year before 2000', () => {
    expect(selectableYears(2001, { first: 1990, last: 2001 })).toEqual([2000, 2001]);
  });
});
