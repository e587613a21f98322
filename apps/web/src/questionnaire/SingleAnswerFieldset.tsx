import type { ReactNode } from 'react';
import type { InstrumentItem } from '@cpc/domain';
import { ClearAnswerButton } from './ClearAnswerButton';
import { ItemQuestion } from './ItemQuestion';

interface SingleAnswerFieldsetProps {
  item: InstrumentItem;
  answered: boolean;
  onClear: () => void;
  describedBy: string | undefined;
  invalid: boolean;
  children: ReactNode;
}

/** The frame of an item answered by one radio choice: the question as legend, and a way to take the answer back. */
export function SingleAnswerFieldset({
  item,
  answered,
  onClear,
  describedBy,
  invalid,
  children,
}: SingleAnswerFieldsetProps) {
  return (
    <fieldset className="item-fieldset" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend>
        <ItemQuestion item={item} />
      </legend>
      {children}
      {answered && <ClearAnswerButton code={item.code} onClear={onClear} />}
    </fieldset>
  );
}
