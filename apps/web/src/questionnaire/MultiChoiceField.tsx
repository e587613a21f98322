import { useId } from 'react';
import type { InstrumentItem } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { acceptsEmptySelection, toggleOption } from './answerState';
import { ItemQuestion } from './ItemQuestion';

interface MultiChoiceFieldProps {
  item: InstrumentItem;
  value: string[] | undefined;
  onChange: (value: string[] | undefined) => void;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Checkboxes. An exclusive option (A.1's "No arrangement") clears the others; "None of these" says none. */
export function MultiChoiceField({ item, value, onChange, describedBy, invalid }: MultiChoiceFieldProps) {
  const { t, localize } = useI18n();
  const name = useId();
  const selected = value ?? [];
  const hint = item.options.some((o) => o.exclusive) ? t('multiHintExclusive') : t('multiHint');
  const hintId = useId();
  return (
    <fieldset
      className="item-fieldset"
      aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
      aria-invalid={invalid || undefined}
    >
      <legend>
        <ItemQuestion item={item} />
      </legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <ul className="choice-list">
        {item.options.map((option) => {
          const id = `${name}-${option.code}`;
          return (
            <li key={option.code}>
              <input
                id={id}
                type="checkbox"
                name={name}
                value={option.code}
                checked={selected.includes(option.code)}
                onChange={(e) => {
                  onChange(toggleOption(item, value, option.code, e.target.checked));
                }}
              />
              <label htmlFor={id}>{localize(option.label)}</label>
            </li>
          );
        })}
        {acceptsEmptySelection(item) && (
          <NoneOfTheseOption
            name={name}
            checked={value !== undefined && value.length === 0}
            onChange={(checked) => {
              onChange(checked ? [] : undefined);
            }}
          />
        )}
      </ul>
    </fieldset>
  );
}

/** "None of these": an answer of its own, not the absence of one. */
function NoneOfTheseOption({
  name,
  checked,
  onChange,
}: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <li className="choice-none">
      <input
        id={`${name}-none`}
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />
      <label htmlFor={`${name}-none`}>{t('noneOfThese')}</label>
    </li>
  );
}
