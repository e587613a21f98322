import { describe, expect, it } from 'vitest';
import { undated } from './fixtures';
import {
  draftOf,
  draftProblems,
  heldElsewhere,
  toRequest,
  type GroupingDraft,
  type RegionDraft,
} from '../src/groupings/groupingDraft';

const region = (key: string, code: string, members: string[], nameEn = `Region ${code}`, nameFr = ''): RegionDraft => ({
  key,
  code,
  nameEn,
  nameFr,
  members,
  dated: [],
});

const draft = (regions: RegionDraft[], nameEn = 'AIRCOP', nameFr = ''): GroupingDraft => ({ nameEn, nameFr, regions });

describe('a custom grouping being edited', () => {
  it('has no problem when named, with coded, named and populated regions', () => {
    expect(draftProblems(draft([region('a', 'AF', ['SEN', 'CIV']), region('b', 'LAC', ['BRA'])]))).toEqual([]);
  });

  it('lists every problem in the order of the form, with the API’s field names', () => {
    const problems = draftProblems(
      draft(
        [
          region('a', 'bad code!', [], ''),
          region('b', 'all', ['FRA']),
          region('c', 'EU', ['FRA', 'DEU']),
          region('d', 'EU', ['ITA']),
        ],
        '  ',
      ),
    );
    expect(problems).toEqual([
      { field: 'name', message: 'groupingErrorNameRequired' },
      { field: 'regions.0.code', message: 'groupingErrorCode' },
      { field: 'regions.0.name', message: 'groupingErrorNameRequired' },
      { field: 'regions.0.members', message: 'groupingErrorNoMembers' },
      { field: 'regions.1.code', message: 'groupingErrorCodeAll' },
      { field: 'regions.2.members', message: 'groupingErrorCountryTwice', params: { country: 'FRA', region: 'all' } },
      { field: 'regions.3.code', message: 'groupingErrorCodeTwice', params: { code: 'EU' } },
    ]);
  });

  it('needs a region, and names of at most 120 characters', () => {
    expect(draftProblems(draft([]))).toEqual([{ field: 'regions', message: 'groupingErrorNoRegion' }]);
    expect(draftProblems(draft([region('a', 'X', ['FRA'])], 'n'.repeat(121)))).toEqual([
      { field: 'name', message: 'groupingErrorNameTooLong', params: { max: 120 } },
    ]);
  });

  it('offers another region’s countries disabled, with the holder’s code or number', () => {
    const d = draft([region('a', 'AF', ['SEN']), region('b', '', ['BRA']), region('c', 'EU', ['FRA'])]);
    expect(Object.fromEntries(heldElsewhere(d, 'c'))).toEqual({ SEN: 'AF', BRA: '2' });
  });

  it('sends trimmed names, English standing in for a blank French one, and sorted members', () => {
    const d = draft([region('a', ' AF ', ['SEN', 'CIV'], ' West Africa ', 'Afrique de l’Ouest')], ' AIRCOP ', '');
    expect(toRequest(d)).toEqual({
      name: { en: 'AIRCOP', fr: 'AIRCOP' },
      regions: [
        { code: 'AF', name: { en: 'West Africa', fr: 'Afrique de l’Ouest' }, members: ['CIV', 'SEN'], memberships: [] },
      ],
    });
  });

  it('keeps a saved grouping’s dated memberships as they are, editing its undated members only', () => {
    const accession = { iso3: 'SEN', from: '2020-03-01', to: null };
    const d = draftOf({
      id: 'custom-2',
      builtIn: false,
      name: { en: 'Pilot', fr: 'Pilot' },
      source: 'Custom grouping',
      regions: [
        {
          code: 'AF',
          name: { en: 'Africa', fr: 'Afrique' },
          members: ['CIV', 'SEN'],
          memberships: [{ iso3: 'CIV', from: null, to: null }, accession],
        },
      ],
    });
    expect(d.regions[0]).toMatchObject({ members: ['CIV'], dated: [accession] });
    expect(toRequest(d).regions[0]).toMatchObject({ members: ['CIV'], memberships: [accession] });
  });

  it('starts editing from the saved grouping, leaving a French name equal to the English one blank', () => {
    const d = draftOf({
      id: 'custom-1',
      builtIn: false,
      name: { en: 'AIRCOP', fr: 'AIRCOP' },
      source: 'Custom grouping',
      regions: undated([{ code: 'AF', name: { en: 'Africa', fr: 'Afrique' }, members: ['SEN'] }]),
    });
    expect(d).toMatchObject({
      nameEn: 'AIRCOP',
      nameFr: '',
      regions: [{ code: 'AF', nameEn: 'Africa', nameFr: 'Afrique', members: ['SEN'] }],
    });
  });
});
