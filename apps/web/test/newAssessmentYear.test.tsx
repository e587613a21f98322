import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NewAssessmentForm } from '../src/assessments/NewAssessmentForm';
import { I18nProvider } from '../src/i18n/I18nProvider';
import { newAssessment } from './assessmentFixtures';

function renderForm(takenYears: readonly number[]) {
  const existing = takenYears.map((year) => newAssessment({ country: 'FRA', year }));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider lang="en">
        <NewAssessmentForm country="FRA" existing={existing} currentYear={2026} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return screen.getByLabelText<HTMLSelectElement>('Year assessed');
}

describe('the year of a new questionnaire', () => {
  it('starts at the current year', () => {
    expect(renderForm([2023]).value).toBe('2026');
  });

  it('starts at the latest free year before it when this year is taken, not at next year', () => {
    const select = renderForm([2026, 2025, 2023]);
    expect(select.value).toBe('2024');
    // Next year stays on offer, for an administration that prepares it early.
    expect([...select.options].map((o) => o.value).slice(0, 3)).toEqual(['2027', '2024', '2022']);
  });
});
