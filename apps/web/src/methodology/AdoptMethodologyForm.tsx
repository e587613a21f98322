import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  METHODOLOGY_VERSION_TEXTS,
  type AdoptMethodologyRequest,
  type MethodologyResponse,
  type MethodologyVersion,
} from '@cpc/domain';
import { adoptMethodology } from '../api/methodologyQuery';
import { errorText, fieldErrorTextsOf, type ErrorI18n } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

/** Adopts a version; then every figure that names no version, and the default itself, are fetched again. */
function useAdoption(onAdopted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AdoptMethodologyRequest) => adoptMethodology(request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['methodology'], saved);
      onAdopted();
      await queryClient.invalidateQueries();
    },
  });
}

/** The API's word on one field of the request, when it named that field, in the page's language. */
function fieldError(error: Error | null, field: keyof AdoptMethodologyRequest, i18n: ErrorI18n): string | undefined {
  return fieldErrorTextsOf(error, i18n).get(field);
}

/** An admin adopts another version as the default, saying why (the audit log keeps the reason and the admin). */
export function AdoptMethodologyForm({ decision }: { decision: MethodologyResponse }) {
  const i18n = useI18n();
  const { t, localize } = i18n;
  const other = decision.versions.find((v) => v.version !== decision.default)?.version ?? decision.default;
  const [version, setVersion] = useState<MethodologyVersion>(other);
  const [reason, setReason] = useState('');
  const mutation = useAdoption(() => {
    setReason('');
  });
  const unchanged = version === decision.default;
  const error = mutation.error;
  return (
    <form
      className="adopt-methodology-form"
      data-testid="adopt-methodology-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!unchanged) mutation.mutate({ version, reason });
      }}
    >
      <h3>{t('methodologyAdoptTitle')}</h3>
      <SelectField
        label={t('methodologyAdoptVersion')}
        value={version}
        options={decision.versions.map((v) => ({ value: v.version, label: localize(v.title) }))}
        error={fieldError(error, 'version', i18n)}
        onChange={(value) => {
          setVersion(value as MethodologyVersion);
          mutation.reset();
        }}
      />
      {unchanged && <p className="field-hint">{t('methodologyAlreadyDefault')}</p>}
      <TextField
        label={t('methodologyAdoptReason')}
        hint={t('methodologyAdoptReasonHint')}
        value={reason}
        maxLength={2000}
        multiline
        error={fieldError(error, 'reason', i18n)}
        onChange={setReason}
      />
      <AdoptionOutcome mutation={mutation} unchanged={unchanged} />
    </form>
  );
}

interface AdoptionOutcomeProps {
  mutation: ReturnType<typeof useAdoption>;
  unchanged: boolean;
}

/** The button, and what became of the request: a problem no field shows, or the new default. */
function AdoptionOutcome({ mutation, unchanged }: AdoptionOutcomeProps) {
  const i18n = useI18n();
  const { t, localize } = i18n;
  const { error } = mutation;
  const unplaced =
    error && !fieldError(error, 'version', i18n) && !fieldError(error, 'reason', i18n) ? errorText(error, i18n) : null;
  return (
    <>
      {unplaced && (
        <p className="form-error" role="alert">
          {unplaced}
        </p>
      )}
      <p className="form-actions">
        <button type="submit" className="button" disabled={unchanged || mutation.isPending}>
          {mutation.isPending ? t('methodologyAdopting') : t('methodologyAdoptSubmit')}
        </button>
      </p>
      <p aria-live="polite" data-testid="adopt-methodology-status">
        {mutation.isSuccess &&
          t('methodologyAdopted', { title: localize(METHODOLOGY_VERSION_TEXTS[mutation.data.default].title) })}
      </p>
    </>
  );
}
