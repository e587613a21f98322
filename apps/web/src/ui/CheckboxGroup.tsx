import { useId } from 'react';
import type { SelectOption } from './SelectField';

interface CheckboxGroupProps {
  legend: string;
  options: readonly SelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
}

/** Several choices as checkboxes, kept in the order of the options, with the group's error under them. */
export function CheckboxGroup({ legend, options, selected, onChange, error }: CheckboxGroupProps) {
  const errorId = useId();
  const name = useId();
  const chosen = new Set(selected);
  return (
    <fieldset
      className="field-group checkbox-group"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <ul className="choice-list">
        {options.map((option) => (
          <li key={option.value}>
            <input
              id={`${name}-${option.value}`}
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(option.value);
                else next.delete(option.value);
                onChange(options.filter((o) => next.has(o.value)).map((o) => o.value));
              }}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
