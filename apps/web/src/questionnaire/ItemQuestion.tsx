import type { InstrumentItem } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** "A.1 What arrangements…": the item's code and question, as the handbook prints them. */
export function ItemQuestion({ item }: { item: InstrumentItem }) {
  const { localize } = useI18n();
  return (
    <>
      <span className="item-code">{item.code}</span> <span className="item-question">{localize(item.question)}</span>
    </>
  );
}
