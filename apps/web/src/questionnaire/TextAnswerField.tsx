import { useId } from 'react';
import { TEXT_MAX_LENGTH, type InstrumentItem } from '@cpc/domain';
import { CharacterCount } from './CharacterCount';
import { ItemQuestion } from './ItemQuestion';

interface TextAnswerFieldProps {
  item: InstrumentItem;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  describedBy: string | undefined;
  invalid: boolean;
}

/** The open questions (A.5.2, A.7.2…): a text of at most 4,000 characters; empty is no answer. */
export function TextAnswerField({ item, value, onChange, describedBy, invalid }: TextAnswerFieldProps) {
  const id = useId();
  const countId = useId();
  const text = value ?? '';
  return (
    <div className="field text-answer">
      <label htmlFor={id} className="item-label">
        <ItemQuestion item={item} />
      </label>
      <textarea
        id={id}
        rows={4}
        maxLength={TEXT_MAX_LENGTH}
        value={text}
        aria-describedby={[countId, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          onChange(e.target.value === '' ? undefined : e.target.value);
        }}
      />
      <CharacterCount id={countId} length={text.length} max={TEXT_MAX_LENGTH} />
    </div>
  );
}
