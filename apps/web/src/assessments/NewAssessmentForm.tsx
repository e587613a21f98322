import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentSummary } from '@cpc/domain';
import { ApiError } from '../api/ApiError';
import { assessmentKeys } from '../api/assessmentQueries';
import { createAssessment } from '../api/assessmentMutations';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

interface NewAssessmentFormProps {
  country: string;
  /** The years a coordinator may open, newest first. */
  years: readonly number[];
  /** The country's assessments, so a taken year is not offered (and can be linked to). */
  existing: readonly AssessmentSummary[];
  defaultYear: number;
}

/** Creates an empty draft of the year, then opens it. */
function useCreateAssessment(country: string, year: number) {
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createAssessment({ country, year, answers: {} }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.lists() });
      queryClient.setQueryData(assessmentKeys.detail(created.id), created);
      navigate(hrefFor(paths.assessment(created.id), lang));
    },
  });
}

/** A coordinator opens the questionnaire of a year: an empty draft is created, then edited. */
export function NewAssessmentForm({ country, years, existing, defaultYear }: NewAssessmentFormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const yearId = useId();
  const takenYears = new Set(existing.map((a) => a.year));
  const freeYears = years.filter((y) => !takenYears.has(y));
  const [year, setYear] = useState(freeYears.includes(defaultYear) ? defaultYear : (freeYears[0] ?? defaultYear));
  const create = useCreateAssessment(country, year);

  return (
    <section className="new-assessment" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('newAssessmentTitle')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={yearId}>{t('newAssessmentYear')}</label>
          <select
            id={yearId}
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              create.reset();
            }}
          >
            {freeYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={create.isPending || freeYears.length === 0}>
          {create.isPending ? t('creating') : t('newAssessmentCreate')}
        </button>
      </form>
      <CreateError error={create.error} year={year} existingForYear={existing.find((a) => a.year === year)} />
    </section>
  );
}

interface CreateErrorProps {
  error: Error | null;
  year: number;
  /** The assessment the year already has, if the API says so. */
  existingForYear: AssessmentSummary | undefined;
}

/** Why the draft was not created; for a year that has one already, a link to it. */
function CreateError({ error, year, existingForYear }: CreateErrorProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const duplicate = error instanceof ApiError && error.status === 409;
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {duplicate ? t('newAssessmentExists', { year }) : errorText(error, i18n, { year: 'newAssessmentYear' })}{' '}
      {duplicate && existingForYear && (
        <Link to={hrefFor(paths.assessment(existingForYear.id), lang)}>{t('openExisting')}</Link>
      )}
    </p>
  );
}
