import { useId } from 'react';
import { CONTINUUM_LEVELS, type InstrumentItem } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { SingleAnswerFieldset } from './SingleAnswerFieldset';

interface LevelFieldProps {
  item: InstrumentItem;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  describedBy: string | undefined;
  invalid: boolean;
}

/** A.18: the administration's own reading of the integration continuum, each level with the handbook's description. */
export function LevelField({ item, value, onChange, describedBy, invalid }: LevelFieldProps) {
  const { t, localize } = useI18n();
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
      <ul className="choice-list level-list">
        {CONTINUUM_LEVELS.map((level) => {
          const id = `${name}-${level.level}`;
          const descriptionId = `${id}-description`;
          return (
            <li key={level.level}>
              <input
                id={id}
                type="radio"
                name={name}
                value={level.level}
                checked={value === level.level}
                aria-describedby={descriptionId}
                onChange={() => {
                  onChange(level.level);
                }}
              />
              <label htmlFor={id}>{t('levelOption', { level: level.level, name: localize(level.name) })}</label>
              <p id={descriptionId} className="level-description">
                {localize(level.description)}
              </p>
            </li>
          );
        })}
      </ul>
    </SingleAnswerFieldset>
  );
}
