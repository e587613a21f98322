import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from './fakeApi';
import { COMPLETE_ANSWERS, newAssessment } from './assessmentFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

describe('questionnaire: what keeps it from being submitted', () => {
  it('checks with the domain rules before sending, and lists each missing question as a link', async () => {
    signInAs('coordinator');
    const assessment = newAssessment({ answers: { 'A.1': ['informal'] } });
    const api = fakeApi({ [`GET /api/assessments/${assessment.id}`]: () => ({ body: assessment }) });
    renderApp(`/assessments/${assessment.id}?lang=en`);

    fireEvent.click(await screen.findByRole('button', { name: 'Submit for review' }));

    const summary = await screen.findByRole('region', { name: 'The assessment cannot be submitted yet' });
    await waitFor(() => {
      expect(document.activeElement).toBe(summary);
    });
    const links = within(summary).getAllByRole('link');
    // 22 questions need an answer; A.1 has one: 21 remain.
    expect(links).toHaveLength(21);
    expect(links[0]?.textContent).toBe(
      'A.2.1 — Has the service concluded an official protocol for the secure exchange of information?',
    );
    expect(
      within(summary).getByText('Questions to answer: 21. Answers to correct: 0. Select one to go to it.'),
    ).toBeTruthy();
    // The progress counts the same questions: 1 answered of the 22, with 21 left to answer.
    expect(screen.getByText('Answered: 1 of 22 questions')).toBeTruthy();
    // A.3.2 waits for A.3.1: its link leads there.
    const a32 = links.find((l) => l.textContent.startsWith('A.3.2 '));
    expect(a32?.getAttribute('href')).toBe('#item-A-3-1');
    expect(a32?.parentElement?.textContent).toContain('Answer A.3.1 first; this question depends on it.');
    // Nothing was sent.
    expect(api.sent('POST', `/api/assessments/${assessment.id}/submit`)).toHaveLength(0);
    expect(api.sent('PATCH', `/api/assessments/${assessment.id}`)).toHaveLength(0);

    fireEvent.click(within(summary).getByRole('link', { name: /^A\.13 / }));
    const a13 = screen.getByRole('group', { name: /^A\.13 / });
    expect(document.activeElement).toBe(within(a13).getByLabelText('Yes'));
    expect(a13.getAttribute('aria-invalid')).toBe('true');

    // Answering shrinks the list at once; the summary goes when nothing is left.
    fireEvent.click(within(a13).getByLabelText('Yes'));
    expect(within(summary).queryByRole('link', { name: /^A\.13 / })).toBeNull();
    expect(
      within(summary).getByText('Questions to answer: 20. Answers to correct: 0. Select one to go to it.'),
    ).toBeTruthy();
    expect(screen.getByText('Answered: 2 of 22 questions')).toBeTruthy();
    expect(a13.getAttribute('aria-invalid')).toBeNull();
  });

  it('lists what the API refused (422) the same way', async () => {
    signInAs('coordinator');
    const assessment = newAssessment({ version: 2, answers: COMPLETE_ANSWERS });
    const api = fakeApi({
      [`GET /api/assessments/${assessment.id}`]: () => ({ body: assessment }),
      [`POST /api/assessments/${assessment.id}/submit`]: () => ({
        status: 422,
        body: {
          statusCode: 422,
          message: 'The assessment cannot be submitted',
          missing: ['A.19'],
          invalid: [
            { code: 'A.10', message: 'A.10: unknown option "own" (expected none, other_agency, own_framework)' },
          ],
        },
      }),
    });
    renderApp(`/assessments/${assessment.id}?lang=en`);

    fireEvent.click(await screen.findByRole('button', { name: 'Submit for review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm submission' }));

    const summary = await screen.findByRole('region', { name: 'The assessment cannot be submitted yet' });
    expect(api.sent('POST', `/api/assessments/${assessment.id}/submit`).map((r) => r.body)).toEqual([{ version: 2 }]);
    const items = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^A\.19 — .*\?Answer this question\.$/);
    expect(items[1]).toMatch(/^A\.10 — .*This answer is not accepted: A\.10: unknown option "own"/);

    fireEvent.click(within(summary).getByRole('link', { name: /^A\.10 / }));
    const a10 = screen.getByRole('group', { name: /^A\.10 / });
    expect(document.activeElement).toBe(within(a10).getAllByRole('radio')[0]);
  });
});
