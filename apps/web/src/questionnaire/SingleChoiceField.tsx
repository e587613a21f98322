import { useId } from 'react';
import type { InstrumentItem } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { SingleAnswerFieldset } from './SingleAnswerFieldset';

interface SingleChoiceFieldProps {
  item: InstrumentItem;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Radio buttons for the yes/partly/no, yes/no and single-choice items. */
export function SingleChoiceField({ item, value, onChange, describedBy, invalid }: SingleChoiceFieldProps) {
  const { localize } = useI18n();
  const name = useId();
  return (
    <SingleAnswerFieldset
      item={item}
      answered={value !== undefined}
      onClear={() => {
        onChange(undefined);
      }}
      describedBy={describedBy}
      invalid={invalid}
    >
      <ul className={item.options.length <= 3 ? 'choice-list choice-list-inline' : 'choice-list'}>
        {item.options.map((option) => {
          const id = `${name}-${option.code}`;
          return (
            <li key={option.code}>
              <input
                id={id}
                type="radio"
                name={name}
                value={option.code}
                checked={value === option.code}
                onChange={() => {
                  onChange(option.code);
                }}
              />
              <label htmlFor={id}>{localize(option.label)}</label>
            </li>
          );
        })}
      </ul>
    </SingleAnswerFieldset>
  );
}
