import { ALL_REGIONS, findItem, type DifficultyShare, type Localized } from '@cpc/domain';
import { NOT_ASSESSED, WITHHELD, type Cell } from './cells';
import type { NamedRegion } from './regions';

export interface DifficultyBar {
  option: string;
  label: Localized;
  /** Share (0–1) of the region's assessed administrations that report the difficulty. */
  share: Cell;
  count: number | null;
  /** null when withheld. */
  assessed: number | null;
}

export interface DifficultyPanel extends NamedRegion {
  /** null when withheld: a withheld panel says so, with no count. */
  assessed: number | null;
  suppressed: boolean;
  /** Commonest difficulty first; ties in the instrument's order. */
  bars: DifficultyBar[];
}

/** The options of A.17, with their labels, in the instrument's order. */
export const DIFFICULTY_OPTIONS = findItem('A.17')?.options ?? [];

function shareCell(item: DifficultyShare): Cell {
  if (item.suppressed || item.assessed === null) return WITHHELD;
  if (item.assessed === 0 || item.share === null) return NOT_ASSESSED;
  return { state: 'value', value: item.share };
}

const optionOrder = (option: string) => DIFFICULTY_OPTIONS.findIndex((o) => o.code === option);

/** One panel per region in the grouping's order, then the whole grouping, each with its ranked difficulties. */
export function difficultyPanels(
  items: readonly DifficultyShare[],
  regions: readonly NamedRegion[],
  allName: Localized,
): DifficultyPanel[] {
  const panels = [...regions, { code: ALL_REGIONS, name: allName }];
  return panels.flatMap((region) => {
    const ofRegion = items.filter((i) => i.region === region.code);
    if (ofRegion.length === 0) return [];
    const bars = ofRegion
      .map((item) => ({
        option: item.option,
        label: DIFFICULTY_OPTIONS.find((o) => o.code === item.option)?.label ?? { en: item.option, fr: item.option },
        share: shareCell(item),
        count: item.suppressed ? null : item.count,
        assessed: item.suppressed ? null : item.assessed,
      }))
      .sort((a, b) => {
        const shareA = a.share.state === 'value' ? a.share.value : -1;
        const shareB = b.share.state === 'value' ? b.share.value : -1;
        return shareB - shareA || optionOrder(a.option) - optionOrder(b.option);
      });
    const suppressed = ofRegion.some((i) => i.suppressed);
    return [
      {
        ...region,
        assessed: suppressed ? null : (ofRegion[0]?.assessed ?? 0),
        suppressed,
        bars,
      },
    ];
  });
}
