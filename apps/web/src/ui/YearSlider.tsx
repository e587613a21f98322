import { useEffect, useId, useState } from 'react';

interface YearSliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Called when the reader lets go (or presses a key), not on every step of a drag. */
  onChange: (year: number) => void;
}

/** A year on a slider, with the year shown beside it; arrow keys step one year, Home and End jump. */
export function YearSlider({ label, value, min, max, onChange }: YearSliderProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);

  useEffect(() => {
    setDraft(value);
  }, [value]);

  const commit = () => {
    if (draft !== value) onChange(draft);
  };

  return (
    <div className="field field-slider">
      <label htmlFor={id}>{label}</label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={draft}
          onChange={(e) => {
            setDraft(Number(e.target.value));
          }}
          onPointerUp={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
        <output htmlFor={id} className="slider-value" data-testid="slider-year">
          {draft}
        </output>
      </div>
    </div>
  );
}
