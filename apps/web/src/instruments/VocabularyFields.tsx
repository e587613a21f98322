import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { vocabularyOptions, type Vocabulary } from './vocabularyOptions';

interface VocabularyChoiceProps {
  label: MessageKey;
  vocabulary: Vocabulary;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  /** The label of "none", for an optional choice. */
  noneLabel?: MessageKey;
}

/** One code of a vocabulary, from a list of its labels. */
export function VocabularyChoice({ label, vocabulary, value, error, onChange, noneLabel }: VocabularyChoiceProps) {
  const { t } = useI18n();
  const options = vocabularyOptions(vocabulary, t);
  return (
    <SelectField
      label={t(label)}
      value={value}
      error={error}
      options={noneLabel ? [{ value: '', label: t(noneLabel) }, ...options] : options}
      onChange={onChange}
    />
  );
}

interface VocabularyChecksProps {
  label: MessageKey;
  vocabulary: Vocabulary;
  selected: readonly string[];
  error?: string;
  onChange: (selected: string[]) => void;
}

/** Several codes of a vocabulary, as checkboxes. */
export function VocabularyChecks({ label, vocabulary, selected, error, onChange }: VocabularyChecksProps) {
  const { t } = useI18n();
  return (
    <CheckboxGroup
      legend={t(label)}
      options={vocabularyOptions(vocabulary, t)}
      selected={selected}
      error={error}
      onChange={onChange}
    />
  );
}

interface CountFieldProps {
  label: string;
  value: string;
  error?: string;
  hint?: string;
  onChange: (value: string) => void;
}

/** A whole number typed in a box. */
export function CountField({ label, value, error, hint, onChange }: CountFieldProps) {
  return (
    <TextField
      label={label}
      type="number"
      min={0}
      step={1}
      className="field-narrow"
      value={value}
      hint={hint}
      error={error}
      onChange={onChange}
    />
  );
}
