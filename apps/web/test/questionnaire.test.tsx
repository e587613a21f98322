import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AssessmentResponse } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { newAssessment } from './assessmentFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

/** The fieldset of one item, found by its legend ("A.3.2 …"). */
const item = (code: string) => screen.getByRole('group', { name: new RegExp(`^${code.replace(/\./g, '\\.')} `) });
const queryItem = (code: string) =>
  screen.queryByRole('group', { name: new RegExp(`^${code.replace(/\./g, '\\.')} `) });

function serve(assessment: AssessmentResponse) {
  let stored = assessment;
  return fakeApi({
    [`GET /api/assessments/${assessment.id}`]: () => ({ body: stored }),
    [`PATCH /api/assessments/${assessment.id}`]: (request) => {
      const body = request.body as { answers: AssessmentResponse['answers']; comments: AssessmentResponse['comments'] };
      stored = { ...stored, ...body, version: stored.version + 1, updatedAt: '2026-11-27T10:00:00.000Z' };
      return { body: stored };
    },
  });
}

describe('questionnaire: conditional items', () => {
  it('shows A.3.2 once A.3.1 calls for it, and hides it (dropping its answer) when A.3.1 turns to "No"', async () => {
    signInAs('coordinator');
    const assessment = newAssessment();
    const api = serve(assessment);
    renderApp(`/assessments/${assessment.id}?lang=en`);

    const a31 = await screen.findByRole('group', { name: /^A\.3\.1 Do the services cooperate in risk analysis/ });
    expect(queryItem('A.3.2')).toBeNull();

    fireEvent.click(within(a31).getByLabelText('Partially'));
    const a32 = item('A.3.2');
    fireEvent.click(within(a32).getByLabelText('MoU'));
    fireEvent.change(within(a32.closest('.item-block') as HTMLElement).getByLabelText('Comment on A.3.2 (optional)'), {
      target: { value: 'Signed in 2019' },
    });

    fireEvent.click(within(a31).getByLabelText('No'));
    expect(queryItem('A.3.2')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => {
      expect(api.sent('PATCH', `/api/assessments/${assessment.id}`)).toHaveLength(1);
    });
    expect(api.sent('PATCH', `/api/assessments/${assessment.id}`)[0]?.body).toEqual({
      answers: { 'A.3.1': 'no' },
      comments: {},
      version: 1,
    });
    expect(await screen.findByText(/Draft saved .* \(version 2\)/)).toBeTruthy();
  });

  it('shows the text question A.15.2 only when A.15.1 is "Yes"', async () => {
    signInAs('coordinator');
    const assessment = newAssessment({ answers: { 'A.15.1': 'no' } });
    serve(assessment);
    renderApp(`/assessments/${assessment.id}?lang=en`);

    const a151 = await screen.findByRole('group', { name: /^A\.15\.1 / });
    expect(screen.queryByLabelText(/^A\.15\.2 /)).toBeNull();
    fireEvent.click(within(a151).getByLabelText('Yes'));
    expect(screen.getByLabelText(/^A\.15\.2 /).tagName).toBe('TEXTAREA');
  });

  it('shows the French text of the instrument when the page is in French', async () => {
    signInAs('coordinator');
    const assessment = newAssessment();
    serve(assessment);
    renderApp(`/assessments/${assessment.id}?lang=fr`);

    const a1 = await screen.findByRole('group', {
      name: 'A.1 Quelles sont les dispositions prises par votre pays pour assurer la coopération douane-police ?',
    });
    expect(within(a1).getByLabelText('Comité de coopération douane-police (CCDP)')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Gouvernance et cadre formel' })).toBeTruthy();
    expect(screen.getAllByText('Carences communes et solutions possibles (Manuel)').length).toBeGreaterThan(0);
  });

  it('notes beside A.12’s common gaps that the handbook repeats those of A.9, in the page’s language', async () => {
    signInAs('coordinator');
    const assessment = newAssessment();
    serve(assessment);
    const { container } = renderApp(`/assessments/${assessment.id}?lang=es`);
    await screen.findAllByText('Carencias comunes y soluciones posibles (Manual)');
    const noteOf = (code: string) =>
      container.querySelector(`[data-item="${code}"] [data-testid="editorial-note"]`)?.textContent;
    expect(noteOf('A.12')).toMatch(
      /^Nota: para esta pregunta, el Manual repite las carencias comunes de la pregunta A\.9/,
    );
    expect(noteOf('A.9')).toBeUndefined();
  });

  it('A.1: ticking "No arrangement" unticks the other arrangements', async () => {
    signInAs('coordinator');
    const assessment = newAssessment({ answers: { 'A.1': ['mou', 'joint_committee'] } });
    serve(assessment);
    renderApp(`/assessments/${assessment.id}?lang=en`);

    const a1 = await screen.findByRole('group', { name: /^A\.1 / });
    fireEvent.click(within(a1).getByLabelText('No arrangement'));
    expect(within(a1).getByLabelText<HTMLInputElement>('No arrangement').checked).toBe(true);
    expect(within(a1).getByLabelText<HTMLInputElement>('Memorandum of understanding (MoU)').checked).toBe(false);
    expect(within(a1).getByLabelText<HTMLInputElement>('Customs–Police Cooperation Committee (CPCC)').checked).toBe(
      false,
    );
  });

  it('shows a validated assessment read-only, without a form', async () => {
    signInAs('coordinator');
    const assessment = newAssessment({ status: 'validated', answers: { 'A.2.1': 'partial' } });
    serve(assessment);
    renderApp(`/assessments/${assessment.id}?lang=en`);

    const answers = await screen.findByTestId('answers-view');
    expect(within(answers).getByText('Partially')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
