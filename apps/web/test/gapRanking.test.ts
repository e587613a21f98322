import { describe, expect, it } from 'vitest';
import type { DifficultyShare, GapShare } from '@cpc/domain';
import { rankGaps } from '../src/analytics/gapRanking';
import { difficultyPanels } from '../src/analytics/difficultyPanels';

const gap = (
  region: string,
  code: string,
  assessed: number | null,
  withGap: number | null,
  suppressed = false,
): GapShare => ({
  region,
  code,
  dimension: code === 'A.1' ? 'governance' : code === 'A.16.1' ? 'training' : 'information_exchange',
  assessed,
  withGap,
  share: withGap === null || !assessed ? null : withGap / assessed,
  suppressed,
});

describe('rankGaps', () => {
  const items = [
    gap('EUR', 'A.1', 10, 2),
    gap('EUR', 'A.2.1', 10, 5),
    gap('EUR', 'A.16.1', 10, 2),
    gap('EUR', 'A.2.2', 0, null),
    // Withheld as the API sends it: no count at all.
    gap('ALL', 'A.1', null, null, true),
  ];

  it('puts the commonest gap first, ties and shareless items in the instrument’s order', () => {
    const ranked = rankGaps(items, 'EUR');
    expect(ranked.map((g) => g.code)).toEqual(['A.2.1', 'A.1', 'A.16.1', 'A.2.2']);
    expect(ranked[0]?.share).toEqual({ state: 'value', value: 0.5 });
    expect(ranked[3]?.share).toEqual({ state: 'notAssessed' });
  });

  it('brings the item’s question and the handbook’s solutions, or the dimension’s guidance when blank', () => {
    const [a21, a1, a161] = rankGaps(items, 'EUR');
    expect(a1?.question.en).toMatch(/\?$/);
    expect(a1?.solutionsFromGuidance).toBe(false);
    expect(a1?.solutions.fr).toBe('Conclusion d’un PE/PA entre la douane et la police');
    // A.16.1's "Solutions possibles" cell is blank: the guidance of section V.d stands in.
    expect(a161?.solutionsFromGuidance).toBe(true);
    expect(a161?.section).toBe('V.d');
    expect(a161?.solutions.en).toMatch(/^Countries planning to implement joint training/);
    expect(a21?.withGap).toBe(5);
  });

  it('keeps a withheld share withheld, without any count', () => {
    expect(rankGaps(items, 'ALL')).toMatchObject([
      { code: 'A.1', share: { state: 'withheld' }, withGap: null, assessed: null },
    ]);
    // Even a count sent with a withheld share is not passed on.
    expect(rankGaps([gap('ALL', 'A.1', 2, 1, true)], 'ALL')[0]).toMatchObject({ withGap: null, assessed: null });
  });
});

describe('difficultyPanels', () => {
  const share = (
    region: string,
    option: string,
    assessed: number | null,
    count: number | null,
    suppressed = false,
  ): DifficultyShare => ({
    region,
    option,
    assessed,
    count,
    share: count === null || !assessed ? null : count / assessed,
    suppressed,
  });
  const regions = [
    { code: 'EUR', name: { en: 'Europe', fr: 'Europe' } },
    { code: 'AP', name: { en: 'Asia', fr: 'Asie' } },
  ];

  it('gives each region, then the whole grouping, its difficulties, commonest first, with the instrument’s labels', () => {
    const panels = difficultyPanels(
      [
        share('ALL', 'lack_of_trust', 12, 3),
        share('EUR', 'legal_barriers', 10, 2),
        share('EUR', 'lack_of_trust', 10, 6),
        share('EUR', 'overlapping_mandates', 10, 2),
        share('AP', 'lack_of_trust', null, null, true),
      ],
      regions,
      { en: 'All members', fr: 'Tous les membres' },
    );
    expect(panels.map((p) => [p.code, p.assessed, p.suppressed])).toEqual([
      ['EUR', 10, false],
      ['AP', null, true],
      ['ALL', 12, false],
    ]);
    expect(panels[0]?.bars.map((b) => b.option)).toEqual(['lack_of_trust', 'overlapping_mandates', 'legal_barriers']);
    expect(panels[0]?.bars[0]).toMatchObject({
      share: { state: 'value', value: 0.6 },
      count: 6,
      label: { fr: 'Manque de confiance' },
    });
    expect(panels[1]?.bars[0]?.share).toEqual({ state: 'withheld' });
  });
});
