import { describe, expect, it } from 'vitest';
import { groupByKind, instrumentStatus, isoToday } from '../src/instruments/instrumentGroups';
import { emptyInstrumentDraft, instrumentDraftOf, toInstrumentRequest } from '../src/instruments/instrumentDraft';
import { changedFields } from '../src/instruments/revisionFields';
import { instrumentTimeline } from '../src/instruments/timeline';
import { jaitf, mou, oldDecree, training } from './instrumentsFixtures';

describe('instrument status', () => {
  it('is in force without an end, or until the end day included; ended after it', () => {
    expect(instrumentStatus(mou, '2026-12-05')).toBe('inForce');
    expect(instrumentStatus(jaitf, '2026-12-31')).toBe('inForce');
    expect(instrumentStatus(jaitf, '2027-01-01')).toBe('ended');
    expect(instrumentStatus(oldDecree, '2026-12-05')).toBe('ended');
  });

  it('takes today in UTC', () => {
    expect(isoToday(new Date('2026-12-05T23:30:00-02:00'))).toBe('2026-12-06');
  });
});

describe('grouping by kind', () => {
  it('lists every kind in the register order, the latest first within a kind', () => {
    const groups = groupByKind([oldDecree, training, jaitf, mou]);
    expect(groups.map((g) => g.kind)).toEqual([
      'agreement',
      'committee',
      'liaison_officer',
      'training',
      'joint_unit',
      'interpol_access',
    ]);
    expect(groups.map((g) => g.instruments.map((i) => i.id))).toEqual([
      ['i-mou', 'i-decree'],
      [],
      [],
      ['i-training'],
      ['i-jaitf'],
      [],
    ]);
  });
});

describe('the form of an instrument', () => {
  it('sends an agreement as the contract has it: no end while in force, optional fields left out', () => {
    const draft = { ...emptyInstrumentDraft('agreement', 'FRA', 2026), title: ' MoU ', from: '2020-01-01' };
    const request = toInstrumentRequest({ ...draft, parties: ['customs', 'police'], scope: ['training'] });
    expect(request).toEqual({
      country: 'FRA',
      kind: 'agreement',
      title: ' MoU ',
      from: '2020-01-01',
      to: null,
      notes: undefined,
      agreementType: 'mou',
      parties: ['customs', 'police'],
      scope: ['training'],
      reference: undefined,
    });
  });

  it('reads the participants as three numbers and the days as an optional count', () => {
    const request = toInstrumentRequest(instrumentDraftOf(training));
    expect(request).toMatchObject({ participants: { customs: 8, police: 6, other: 1 }, days: 5, to: '2024-05-10' });
    const blankDays = toInstrumentRequest({ ...instrumentDraftOf(training), days: ' ' });
    expect(blankDays).toMatchObject({ days: undefined });
  });

  it('sends a count that is not one as NaN, which the API refuses by name (JSON writes null)', () => {
    const draft = { ...emptyInstrumentDraft('liaison_officer', 'FRA', 2026), officers: 'two' };
    expect(JSON.parse(JSON.stringify(toInstrumentRequest(draft)))).toMatchObject({ officers: null });
  });

  it('dates an INTERPOL access by its year, from 1 January to 31 December', () => {
    const draft = { ...emptyInstrumentDraft('interpol_access', 'SEN', 2025), year: '2024', databases: ['sltd'] };
    expect(toInstrumentRequest(draft)).toMatchObject({
      kind: 'interpol_access',
      year: 2024,
      from: '2024-01-01',
      to: '2024-12-31',
      borderPointsConnected: 0,
      databases: ['sltd'],
    });
  });

  it('turns a committee’s meetings into rows and back', () => {
    const committee = {
      ...mou,
      kind: 'committee' as const,
      level: 'national' as const,
      agencies: ['customs' as const, 'police' as const],
      meetings: [{ date: '2024-02-01' }, { date: '2024-09-01', notes: 'Annual review' }],
    };
    const draft = instrumentDraftOf(committee);
    expect(draft.meetings).toEqual([
      { date: '2024-02-01', notes: '' },
      { date: '2024-09-01', notes: 'Annual review' },
    ]);
    expect(toInstrumentRequest(draft)).toMatchObject({
      meetings: [
        { date: '2024-02-01', notes: undefined },
        { date: '2024-09-01', notes: 'Annual review' },
      ],
      chair: undefined,
    });
  });
});

describe('the history of an instrument', () => {
  it('shows the fields a write changed, not the bookkeeping', () => {
    const after = { ...mou, version: 2, to: '2026-06-30', updatedAt: 'later' };
    expect(changedFields(mou, after)).toEqual([{ field: 'to', before: '—', after: '2026-06-30' }]);
    expect(changedFields(null, { title: 'New', parties: ['customs', 'police'], id: 'x' })).toEqual([
      { field: 'title', before: '—', after: 'New' },
      { field: 'parties', before: '—', after: 'customs, police' },
    ]);
  });
});

describe('the timeline of a country’s instruments', () => {
  it('places each bar on an axis of whole years, by kind, an instrument in force running to today', () => {
    const timeline = instrumentTimeline([jaitf, mou], '2025-12-31');
    // The axis: 1 Jan 2019 (the MoU) to 31 Dec 2026 (the unit's end): 8 years, 2922 days.
    expect(timeline?.firstYear).toBe(2019);
    expect(timeline?.lastYear).toBe(2026);
    const [first, second] = timeline?.bars ?? [];
    expect(first?.id).toBe('i-mou');
    // 12 March 2019 is day 70 of the axis; it runs to 31 Dec 2025 included: 2557 − 70 = 2487 days.
    expect(first?.start).toBeCloseTo((70 / 2922) * 100, 6);
    expect(first?.length).toBeCloseTo((2487 / 2922) * 100, 6);
    expect(first?.open).toBe(true);
    // The unit: 1 Jan 2021 (day 731) to 31 Dec 2026 included (day 2922): 2191 days.
    expect(second?.start).toBeCloseTo((731 / 2922) * 100, 6);
    expect(second?.length).toBeCloseTo((2191 / 2922) * 100, 6);
    expect(second?.open).toBe(false);
    // Eight years fit one tick each, at their 1 January.
    expect(timeline?.ticks.map((tick) => tick.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(timeline?.ticks[2]?.position).toBeCloseTo((731 / 2922) * 100, 6);
  });

  it('marks fewer years on a longer axis', () => {
    const timeline = instrumentTimeline([{ ...mou, from: '2010-05-01' }], '2026-01-01');
    expect(timeline?.ticks.map((tick) => tick.year)).toEqual([2010, 2013, 2016, 2019, 2022, 2025]);
  });

  it('has nothing to draw without instruments', () => {
    expect(instrumentTimeline([], '2025-12-31')).toBeNull();
  });
});
