import { useId } from 'react';

interface YearSelectProps {
  label: string;
  value: number;
  years: readonly number[];
  onChange: (year: number) => void;
}

export function YearSelect({ label, value, years, onChange }: YearSelectProps) {
  const id = useId();
  return (
    <div className="field field-year">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(Number(e.target.value));
        }}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
