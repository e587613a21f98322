import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeApi } from './fakeApi';
import { newAssessment } from './assessmentFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

describe('questionnaire: someone else saved first', () => {
  function setUp() {
    signInAs('coordinator');
    const mine = newAssessment({ version: 3, answers: { 'A.2.1': 'no' } });
    // Meanwhile a colleague saved version 4 with another answer.
    const theirs = { ...mine, version: 4, answers: { 'A.2.1': 'yes', 'A.13': 'partial' } };
    let stored = mine;
    const api = fakeApi({
      [`GET /api/assessments/${mine.id}`]: () => ({ body: stored }),
      [`PATCH /api/assessments/${mine.id}`]: () => {
        stored = theirs;
        return {
          status: 409,
          body: { statusCode: 409, message: 'The assessment was changed since version 3', currentVersion: 4 },
        };
      },
    });
    renderApp(`/assessments/${mine.id}?lang=en`);
    return { api, mine };
  }

  it('says so, keeps the reader’s answers and overwrites nothing', async () => {
    const { api, mine } = setUp();
    const a21 = await screen.findByRole('group', { name: /^A\.2\.1 / });
    fireEvent.click(within(a21).getByLabelText('Partially'));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    const notice = await screen.findByTestId('conflict-notice');
    expect(within(notice).getByRole('heading').textContent).toBe('Someone else saved this assessment (version 4)');
    expect(notice.getAttribute('role')).toBe('alert');
    await waitFor(() => {
      expect(document.activeElement).toBe(notice);
    });
    // The reader's own answer stays on screen, and is offered as text to copy.
    expect(within(a21).getByLabelText<HTMLInputElement>('Partially').checked).toBe(true);
    expect(within(notice).getByLabelText<HTMLTextAreaElement>('Your unsaved answers').value).toContain('→ Partially');
    // One refused save, and no second attempt with the newer version behind the reader's back.
    expect(api.sent('PATCH', `/api/assessments/${mine.id}`).map((r) => r.body)).toEqual([
      { answers: { 'A.2.1': 'partial' }, comments: {}, version: 3 },
    ]);
  });

  it('loads their version on request', async () => {
    const { api, mine } = setUp();
    const a21 = await screen.findByRole('group', { name: /^A\.2\.1 / });
    fireEvent.click(within(a21).getByLabelText('Partially'));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const notice = await screen.findByTestId('conflict-notice');

    fireEvent.click(within(notice).getByRole('button', { name: 'Load their version' }));

    await waitFor(() => {
      expect(screen.queryByTestId('conflict-notice')).toBeNull();
    });
    const reloaded = screen.getByRole('group', { name: /^A\.2\.1 / });
    expect(within(reloaded).getByLabelText<HTMLInputElement>('Yes').checked).toBe(true);
    const a13 = screen.getByRole('group', { name: /^A\.13 / });
    expect(within(a13).getByLabelText<HTMLInputElement>('Partially').checked).toBe(true);
    expect(screen.getByTestId('save-status').textContent).toBe('No unsaved changes (version 4)');
    expect(api.sent('PATCH', `/api/assessments/${mine.id}`)).toHaveLength(1);
  });

  it('lets the reader keep editing', async () => {
    setUp();
    const a21 = await screen.findByRole('group', { name: /^A\.2\.1 / });
    fireEvent.click(within(a21).getByLabelText('Partially'));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const notice = await screen.findByTestId('conflict-notice');

    fireEvent.click(within(notice).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByTestId('conflict-notice')).toBeNull();
    expect(within(a21).getByLabelText<HTMLInputElement>('Partially').checked).toBe(true);
    expect(screen.getByTestId('save-status').textContent).toBe('Unsaved changes');
  });
});
