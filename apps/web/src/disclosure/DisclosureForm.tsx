import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DISCLOSURE_LEVELS, type DisclosureLevel, type DisclosureResponse } from '@cpc/domain';
import { refreshAfterDisclosureChange, updateDisclosure } from '../api/disclosureMutations';
import { DISCLOSURE_CONFIRMATIONS, DISCLOSURE_LABELS, DISCLOSURE_TEXTS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';

interface DisclosureFormProps {
  current: DisclosureResponse;
  country: string;
}

/**
 * The choice of a country's preference, in two steps: pick a level and save, then confirm what it means.
 * Once saved, every figure that depends on it is fetched again, so the map and the profiles follow at once.
 */
export function DisclosureForm({ current, country }: DisclosureFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const name = useId();
  const [choice, setChoice] = useState<DisclosureLevel>(current.level);
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: (level: DisclosureLevel) => updateDisclosure(current.iso3, level),
    onSuccess: async (saved) => {
      setConfirming(false);
      await refreshAfterDisclosureChange(queryClient, saved);
    },
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
                disabled={mutation.isPending}
                aria-describedby={`${name}-${level}-text`}
                onChange={() => {
                  setChoice(level);
                  setConfirming(false);
                  mutation.reset();
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
      {confirming ? (
        <div className="notice notice-warning" role="group" aria-label={t('disclosureChangeLegend')}>
          <p>{t(DISCLOSURE_CONFIRMATIONS[choice], { country })}</p>
          <p className="button-row">
            <button
              type="button"
              className="button"
              disabled={mutation.isPending}
              onClick={() => {
                mutation.mutate(choice);
              }}
            >
              {mutation.isPending ? t('disclosureSaving') : t('disclosureConfirmYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={mutation.isPending}
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p className="form-actions">
          <button type="submit" className="button" disabled={unchanged}>
            {t('disclosureSave')}
          </button>
        </p>
      )}
      {mutation.isError && (
        <p className="field-error" role="alert">
          {mutation.error.message}
        </p>
      )}
      <p className="notice notice-success" role="status" hidden={!mutation.isSuccess} data-testid="disclosure-saved">
        {mutation.data && t('disclosureSaved', { level: t(DISCLOSURE_LABELS[mutation.data.level]) })}
      </p>
    </form>
  );
}
