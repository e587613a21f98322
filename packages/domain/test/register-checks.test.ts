import { describe, expect, it } from 'vitest';
import { registerChecks, registerSummary, type RegisterEntry } from '../src/index.js';

const agreement = (type: 'mou' | 'moa' | 'legislation' | 'decree', from: string, to: string | null): RegisterEntry => ({
  id: `agr-${type}-${from}`,
  title: `Agreement ${type}`,
  from,
  to,
  details: { kind: 'agreement', agreementType: type, parties: ['customs', 'police'], scope: ['interception'] },
});
const committee = (from: string, to: string | null): RegisterEntry => ({
  id: `com-${from}`,
  title: 'CCDP',
  from,
  to,
  details: { kind: 'committee', level: 'national', agencies: ['customs', 'police'], meetings: [] },
});
const liaison = (from: string, to: string | null): RegisterEntry => ({
  id: `lo-${from}`,
  title: 'Liaison',
  from,
  to,
  details: { kind: 'liaison_officer', direction: 'customs_in_police', host: 'Central brigade', officers: 2 },
});
const training = (from: string): RegisterEntry => ({
  id: `tr-${from}`,
  title: 'Joint profiling course',
  from,
  to: from,
  details: {
    kind: 'training',
    topic: 'Profiling',
    agencies: ['customs', 'police'],
    participants: { customs: 10, police: 8, other: 0 },
    supportedBy: [],
  },
});

const codes = (answers: Record<string, string | string[]>, year: number, entries: RegisterEntry[]) =>
  registerChecks(answers, year, entries).map((c) => `${c.code}:${c.reason}`);

describe('register checks: agreements', () => {
  it('flags an MoU claimed in A.1 with no agreement in force, and names the year', () => {
    const [check] = registerChecks({ 'A.1': ['mou'] }, 2024, []);
    expect(check).toEqual({
      code: 'A.1',
      severity: 'warning',
      message: 'A.1 claims a memorandum of understanding, but the register has no such agreement in force in 2024',
      reason: 'no_agreement_in_force',
      params: { claimed: 'mou', year: 2024 },
    });
  });

  it('accepts an MoU in force on 31 December or on 1 January of the year, not one ended the year before', () => {
    expect(codes({ 'A.1': ['mou'] }, 2024, [agreement('mou', '2024-12-31', null)])).toEqual([]);
    expect(codes({ 'A.1': ['mou'] }, 2024, [agreement('mou', '2019-03-01', '2024-01-01')])).toEqual([]);
    expect(codes({ 'A.1': ['mou'] }, 2024, [agreement('mou', '2019-03-01', '2023-12-31')])).toEqual([
      'A.1:no_agreement_in_force',
    ]);
    expect(codes({ 'A.1': ['mou'] }, 2024, [agreement('mou', '2025-01-01', null)])).toEqual([
      'A.1:no_agreement_in_force',
    ]);
  });

  it('takes an MoA for an MoU, not an MoU for an MoA, and a decree for legislation', () => {
    const moa = [agreement('moa', '2020-01-01', null)];
    expect(codes({ 'A.1': ['mou'], 'A.3.2': 'mou' }, 2024, moa)).toEqual([]);
    expect(codes({ 'A.1': ['moa'] }, 2024, [agreement('mou', '2020-01-01', null)])).toEqual([
      'A.1:no_agreement_in_force',
    ]);
    expect(codes({ 'A.4.2': 'legislation' }, 2024, [agreement('decree', '2020-01-01', null)])).toEqual([]);
  });

  it('checks A.3.2 and A.4.2 and leaves informal and none alone', () => {
    expect(codes({ 'A.3.2': 'mou', 'A.4.2': 'legislation' }, 2024, [])).toEqual([
      'A.3.2:no_agreement_in_force',
      'A.4.2:no_agreement_in_force',
    ]);
    expect(codes({ 'A.1': ['informal'], 'A.3.2': 'informal', 'A.4.2': 'informal' }, 2024, [])).toEqual([]);
    expect(codes({ 'A.1': ['none'] }, 2024, [])).toEqual([]);
  });
});

describe('register checks: committee, liaison, training', () => {
  it('flags a joint committee claimed in A.1 with none in force', () => {
    expect(codes({ 'A.1': ['mou', 'joint_committee'] }, 2024, [agreement('mou', '2020-01-01', null)])).toEqual([
      'A.1:no_committee_in_force',
    ]);
    expect(codes({ 'A.1': ['joint_committee'] }, 2024, [committee('2018-06-01', '2024-02-01')])).toEqual([]);
  });

  it('flags liaison officers claimed in A.14.1 (any of the three options) with none deployed', () => {
    for (const claimed of ['one_way', 'both_ways', 'virtual_task_force'])
      expect(registerChecks({ 'A.14.1': claimed }, 2024, [])).toEqual([
        expect.objectContaining({ code: 'A.14.1', reason: 'no_liaison_deployed', params: { claimed, year: 2024 } }),
      ]);
    expect(codes({ 'A.14.1': 'none' }, 2024, [])).toEqual([]);
    expect(codes({ 'A.14.1': 'both_ways' }, 2024, [liaison('2022-01-01', null)])).toEqual([]);
    expect(codes({ 'A.14.1': 'one_way' }, 2024, [liaison('2020-01-01', '2023-06-30')])).toEqual([
      'A.14.1:no_liaison_deployed',
    ]);
  });

  it('takes a training of the year or the two before for A.15.1 and A.16.1, not three years before', () => {
    const claims = { 'A.15.1': 'yes', 'A.16.1': 'yes' };
    expect(codes(claims, 2024, [training('2022-01-10')])).toEqual([]);
    expect(codes(claims, 2024, [training('2024-12-31')])).toEqual([]);
    expect(codes(claims, 2024, [training('2021-12-31'), training('2025-01-05')])).toEqual([
      'A.15.1:no_recent_training',
      'A.16.1:no_recent_training',
    ]);
    expect(registerChecks({ 'A.16.1': 'yes', 'A.15.1': 'no' }, 2024, [])).toEqual([
      expect.objectContaining({ code: 'A.16.1', params: { from: 2022, to: 2024 } }),
    ]);
  });
});

describe('the register, item by item', () => {
  it('says what it backs for a year', () => {
    const entries = [
      agreement('moa', '2020-01-01', null),
      committee('2019-01-01', '2021-12-31'),
      liaison('2023-05-01', null),
      training('2021-04-01'),
    ];
    const summary = registerSummary(2023, entries);
    expect(summary.map((s) => [s.code, s.supported, s.instruments.map((i) => i.id)])).toEqual([
      ['A.1', ['mou', 'moa'], ['agr-moa-2020-01-01']],
      ['A.3.2', ['mou'], ['agr-moa-2020-01-01']],
      ['A.4.2', ['mou'], ['agr-moa-2020-01-01']],
      ['A.14.1', ['one_way', 'both_ways', 'virtual_task_force'], ['lo-2023-05-01']],
      ['A.15.1', ['yes'], ['tr-2021-04-01']],
      ['A.16.1', ['yes'], ['tr-2021-04-01']],
    ]);
    expect(registerSummary(2024, entries).find((s) => s.code === 'A.15.1')?.supported).toEqual([]);
  });
});
