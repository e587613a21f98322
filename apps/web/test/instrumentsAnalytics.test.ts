import { describe, expect, it } from 'vitest';
import { AGENCIES, AGREEMENT_SCOPES, INSTRUMENT_KINDS, INTERPOL_DATABASES, JOINT_UNIT_TYPES } from '@cpc/domain';
import {
  countCell,
  hasInstruments,
  jointUnitRows,
  shareCell,
  shareMapEntries,
} from '../src/instruments/instrumentSeries';
import { registerCheckText } from '../src/instruments/registerCheckText';
import { VOCABULARIES, vocabularyKey } from '../src/instruments/vocabularyOptions';
import { instrumentsAr } from '../src/i18n/instruments.ar';
import { instrumentsEn } from '../src/i18n/instruments.en';
import { instrumentsEs } from '../src/i18n/instruments.es';
import { instrumentsFr } from '../src/i18n/instruments.fr';
import { interpolate } from '../src/i18n/translate';
import type { MessageKey } from '../src/i18n/en';
import { instrumentsPoint, units, withheldInstrumentsPoint } from './instrumentsFixtures';

describe('shares of members with an instrument in force', () => {
  it('divides the members counted by the region’s members', () => {
    const point = instrumentsPoint('WAF', 2025, { members: 8, withAgreement: 6, withCommittee: 2 });
    expect(shareCell(point, 'withAgreement')).toEqual({ state: 'value', value: 0.75 });
    expect(shareCell(point, 'withCommittee')).toEqual({ state: 'value', value: 0.25 });
    expect(shareCell(point, 'withLiaison')).toEqual({ state: 'value', value: 0 });
  });

  it('withholds what the API withholds, and has no share for a region without members', () => {
    expect(shareCell(withheldInstrumentsPoint('WAF', 2025), 'withAgreement')).toEqual({ state: 'withheld' });
    expect(countCell(withheldInstrumentsPoint('WAF', 2025), 'trainings')).toEqual({ state: 'withheld' });
    expect(shareCell(instrumentsPoint('EMPTY', 2025, { members: 0 }), 'withAgreement')).toEqual({
      state: 'notAssessed',
    });
  });

  it('counts trainings and participants as they are', () => {
    const point = instrumentsPoint('WAF', 2024, { trainings: 3, trainingParticipants: 41 });
    expect(countCell(point, 'trainings')).toEqual({ state: 'value', value: 3 });
    expect(countCell(point, 'trainingParticipants')).toEqual({ state: 'value', value: 41 });
  });
});

describe('joint units by type', () => {
  it('gives one row per year of the period, withheld and missing years without bars', () => {
    const series = [
      instrumentsPoint('ALL', 2023, { jointUnits: units(2, 1, 0, 0) }),
      withheldInstrumentsPoint('ALL', 2024),
      instrumentsPoint('WAF', 2025, { jointUnits: units(9, 9, 9, 9) }),
    ];
    const empty = { aircop_jaitf: null, ccp_pcu: null, land_border: null, other: null };
    expect(jointUnitRows(series, 'ALL', 2023, 2025)).toEqual([
      { year: 2023, units: { aircop_jaitf: 2, ccp_pcu: 1, land_border: 0, other: 0 }, withheld: false },
      { year: 2024, units: empty, withheld: true },
      { year: 2025, units: empty, withheld: false },
    ]);
  });
});

describe('the map of a share', () => {
  it('colours each member with its region’s share on the 0–100 scale, withheld as its region', () => {
    const series = [
      instrumentsPoint('WAF', 2025, { members: 4, withLiaison: 1 }),
      withheldInstrumentsPoint('CAF', 2025),
      instrumentsPoint('WAF', 2024, { members: 4, withLiaison: 4 }),
    ];
    const regions = [
      { code: 'WAF', members: ['SEN', 'CIV'] },
      { code: 'CAF', members: ['CMR'] },
    ];
    const entries = shareMapEntries(series, regions, 2025, 'withLiaison');
    expect([...entries.keys()]).toEqual(['SEN', 'CIV', 'CMR']);
    expect(entries.get('SEN')).toEqual({
      iso3: 'SEN',
      cell: { state: 'value', value: 25 },
      source: 'region',
      region: 'WAF',
      assessment: null,
    });
    expect(entries.get('CMR')?.cell).toEqual({ state: 'withheld' });
    expect(shareMapEntries(series, regions, 2023, 'withLiaison').get('SEN')?.cell).toEqual({ state: 'notAssessed' });
  });
});

describe('whether anything is on record', () => {
  it('reads the whole grouping’s rows: a unit, a member counted, or a withheld row', () => {
    expect(hasInstruments([instrumentsPoint('ALL', 2025), instrumentsPoint('WAF', 2025, { withAgreement: 1 })])).toBe(
      false,
    );
    expect(hasInstruments([instrumentsPoint('ALL', 2025, { jointUnits: units(0, 0, 1, 0) })])).toBe(true);
    expect(hasInstruments([instrumentsPoint('ALL', 2025, { withAgreement: 1 })])).toBe(true);
    expect(hasInstruments([withheldInstrumentsPoint('ALL', 2025)])).toBe(true);
  });
});

const dictionaries = { en: instrumentsEn, fr: instrumentsFr, es: instrumentsEs, ar: instrumentsAr };
const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
  interpolate((instrumentsEn as Record<string, string>)[key] ?? key, params);

describe('the register’s cross-checks', () => {
  it('are said from their reason, the claimed agreement by its label', () => {
    const check = {
      code: 'A.3.2',
      message: 'A.3.2 claims a memorandum of understanding, but …',
      reason: 'no_agreement_in_force',
      params: { claimed: 'mou', year: 2025 },
    };
    expect(registerCheckText(check, t)).toBe(
      'The answer claims an agreement (“MoU (memorandum of understanding)”), but the register has no such agreement in force in 2025.',
    );
    expect(registerCheckText({ ...check, reason: 'no_recent_training', params: { from: 2023, to: 2025 } }, t)).toBe(
      'The answer claims joint training, but the register has none held from 2023 to 2025.',
    );
  });

  it('fall back on the API’s message for a reason this client does not know', () => {
    expect(registerCheckText({ code: 'A.1', message: 'Something new', reason: 'new_reason' }, t)).toBe('Something new');
  });
});

describe('the register’s labels', () => {
  it('name every kind and every code of every vocabulary in every language', () => {
    for (const [lang, messages] of Object.entries(dictionaries)) {
      const texts = messages as Record<string, string>;
      for (const kind of INSTRUMENT_KINDS) {
        expect(texts[`instKind_${kind}`], `${lang} ${kind}`).toBeTruthy();
        expect(texts[`instKindOne_${kind}`], `${lang} ${kind}`).toBeTruthy();
      }
      for (const [vocabulary, { codes }] of Object.entries(VOCABULARIES))
        for (const code of codes)
          expect(texts[vocabularyKey(vocabulary as keyof typeof VOCABULARIES, code)], `${lang} ${code}`).toBeTruthy();
    }
    // The vocabularies are the domain's, whole.
    expect(VOCABULARIES.agency.codes).toBe(AGENCIES);
    expect(VOCABULARIES.scope.codes).toBe(AGREEMENT_SCOPES);
    expect(VOCABULARIES.unitType.codes).toBe(JOINT_UNIT_TYPES);
    expect(VOCABULARIES.database.codes).toBe(INTERPOL_DATABASES);
  });

  it('have the same keys in every language', () => {
    for (const messages of Object.values(dictionaries))
      expect(Object.keys(messages).sort()).toEqual(Object.keys(instrumentsEn).sort());
  });
});
