import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  maxLength?: number;
  /** A date (YYYY-MM-DD) or a number typed as text; plain text unless said otherwise. */
  type?: 'text' | 'date' | 'number';
  /** For numbers: the smallest value and the step (1 for counts, "any" for quantities). */
  min?: number;
  step?: number | 'any';
  className?: string;
  /** A box of several lines, for longer free text. */
  multiline?: boolean;
}

/** A labelled input with its hint and its error, both tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, error, hint, maxLength, type = 'text', min, step, className, multiline } = props;
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          value={value}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          maxLength={maxLength}
          min={min}
          step={step}
          inputMode={type === 'number' ? (step === 'any' ? 'decimal' : 'numeric') : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
