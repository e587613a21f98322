import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DISCLOSURE_LEVELS, type DisclosureLevel, type DisclosureResponse } from '@cpc/domain';
import { refreshAfterDisclosureChange, updateDisclosure } from '../api/disclosureMutations';
import { errorText } from '../i18n/errorText';
import { DISCLOSURE_CONFIRMATIONS, DISCLOSURE_LABELS, DISCLOSURE_TEXTS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';

interface DisclosureFormProps {
  current: DisclosureResponse;
  country: string;
}

/** Saves the preference; once saved, every figure that depends on it is fetched again. */
function useDisclosureSave(current: DisclosureResponse, onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (level: DisclosureLevel) => updateDisclosure(current.iso3, level),
    onSuccess: async (saved) => {
      onSaved();
      await refreshAfterDisclosureChange(queryClient, saved);
    },
  });
}

/**
 * The choice of a country's preference, in two steps: pick a level and save, then confirm what it means.
 * Once saved, every figure that depends on it is fetched again, so the map and the profiles follow at once.
 */
export function DisclosureForm({ current, country }: DisclosureFormProps) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<DisclosureLevel>(current.level);
  const [confirming, setConfirming] = useState(false);
  const mutation = useDisclosureSave(current, () => {
    setConfirming(false);
  });
  const unchanged = choice === current.level;

  return (
    <form
      className="disclosure-form"
      data-testid="disclosure-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!unchanged) setConfirming(true);
      }}
    >
      <DisclosureLevelChoice
        choice={choice}
        country={country}
        disabled={mutation.isPending}
        onChoose={(level) => {
          setChoice(level);
          setConfirming(false);
          mutation.reset();
        }}
      />
      {confirming ? (
        <DisclosureConfirmation
          text={t(DISCLOSURE_CONFIRMATIONS[choice], { country })}
          pending={mutation.isPending}
          onConfirm={() => {
            mutation.mutate(choice);
          }}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : (
        <p className="form-actions">
          <button type="submit" className="button" disabled={unchanged}>
            {t('disclosureSave')}
          </button>
        </p>
      )}
      <DisclosureSaveStatus mutation={mutation} />
    </form>
  );
}

interface DisclosureConfirmationProps {
  text: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the chosen level means, to confirm before it is saved. */
function DisclosureConfirmation({ text, pending, onConfirm, onCancel }: DisclosureConfirmationProps) {
  const { t } = useI18n();
  return (
    <div className="notice notice-warning" role="group" aria-label={t('disclosureChangeLegend')}>
      <p>{text}</p>
      <p className="button-row">
        <button type="button" className="button" disabled={pending} onClick={onConfirm}>
          {pending ? t('disclosureSaving') : t('disclosureConfirmYes')}
        </button>
        <button type="button" className="button button-secondary" disabled={pending} onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}

interface DisclosureLevelChoiceProps {
  choice: DisclosureLevel;
  country: string;
  disabled: boolean;
  onChoose: (level: DisclosureLevel) => void;
}

/** The levels as radio buttons, each described by what it means for the country. */
function DisclosureLevelChoice({ choice, country, disabled, onChoose }: DisclosureLevelChoiceProps) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="item-fieldset">
      <legend>{t('disclosureChangeLegend')}</legend>
      <ul className="choice-list level-list">
        {DISCLOSURE_LEVELS.map((level) => (
          <li key={level}>
            <input
              type="radio"
              id={`${name}-${level}`}
              name={name}
              value={level}
              checked={choice === level}
              disabled={disabled}
              aria-describedby={`${name}-${level}-text`}
              onChange={() => {
                onChoose(level);
              }}
            />
            <div>
              <label htmlFor={`${name}-${level}`}>{t(DISCLOSURE_LABELS[level])}</label>
              <p id={`${name}-${level}-text`} className="muted">
                {t(DISCLOSURE_TEXTS[level], { country })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface DisclosureSaveStatusProps {
  mutation: { isError: boolean; error: Error | null; isSuccess: boolean; data: DisclosureResponse | undefined };
}

/** Why the save failed, or the level now saved. */
function DisclosureSaveStatus({ mutation }: DisclosureSaveStatusProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      {mutation.error && (
        <p className="field-error" role="alert">
          {errorText(mutation.error, i18n)}
        </p>
      )}
      <p className="notice notice-success" role="status" hidden={!mutation.isSuccess} data-testid="disclosure-saved">
        {mutation.data && t('disclosureSaved', { level: t(DISCLOSURE_LABELS[mutation.data.level]) })}
      </p>
    </>
  );
}
