import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { AssessmentResponse, HistoryResponse } from '@cpc/domain';
import { fakeApi } from './fakeApi';
import { COMPLETE_ANSWERS, newAssessment } from './assessmentFixtures';
import { renderApp } from './renderApp';
import { signInAs } from './session';

/** The scores of COMPLETE_ANSWERS, worked out by hand in assessmentFixtures.ts. */
const SUBMITTED: AssessmentResponse = newAssessment({
  status: 'submitted',
  version: 5,
  answers: COMPLETE_ANSWERS,
  submittedAt: '2026-11-20T08:00:00.000Z',
  scores: {
    methodologyVersion: 'v1',
    overall: 72.3148,
    level: 4,
    selfLevel: 3,
    dimensions: {
      governance: 87.5,
      information_exchange: 75,
      risk_targeting: 75,
      joint_controls: 100,
      enforcement_powers: 80,
      investigations: 83.3333,
      resource_sharing: 50,
      liaison: 50,
      training: 50,
    },
    items: {
      'A.1': 0.75,
      'A.2.1': 1,
      'A.2.2': 0.5,
      'A.3.1': 0.5,
      'A.3.2': 1,
      'A.4.1': 1,
      'A.4.2': 1,
      'A.5.1': 0.5,
      'A.6': 1,
      'A.7.1': 1,
      'A.8': 0.5,
      'A.9': 1,
      'A.10': 1,
      'A.11': 0.5,
      'A.12': 1,
      'A.13': 0.5,
      'A.14.1': 0.5,
      'A.15.1': 1,
      'A.16.1': 0,
      'A.19': 1,
    },
  },
  gaps: [
    {
      code: 'A.16.1',
      dimension: 'training',
      points: 0,
      gaps: { en: 'No training available.', fr: 'Pas de formation disponible.' },
      solutions: { en: 'Countries planning to implement joint training…', fr: 'Les pays prévoyant…' },
      solutionsFromGuidance: true,
    },
  ],
});

describe('review: an analyst decides on a submitted assessment', () => {
  it('reads the scores, the levels with their continuum names and the gaps', async () => {
    signInAs('analyst');
    fakeApi({ [`GET /api/assessments/${SUBMITTED.id}`]: () => ({ body: SUBMITTED }) });
    renderApp(`/assessments/${SUBMITTED.id}?lang=fr`);

    expect((await screen.findByTestId('overall-index')).textContent).toBe('72,3 / 100');
    expect(screen.getByTestId('computed-level').textContent).toBe('4 — Coordination');
    expect(screen.getByTestId('self-level').textContent).toBe('3 — Coopération');
    const table = screen.getByTestId('dimension-scores');
    const governance = within(table).getByRole('row', { name: /Gouvernance et cadre formel/ });
    expect(
      within(governance)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['IV.b', '87,5']);
    const gaps = screen.getByTestId('gap-list');
    expect(within(gaps).getByText('Pas de formation disponible.')).toBeTruthy();
    expect(
      within(gaps).getByText(
        'Le Manuel ne donne pas de solution pour cette question : cette recommandation reprend l’orientation de la section V.d du Manuel sur la dimension.',
      ),
    ).toBeTruthy();
  });

  it('validates it, sending the version it read', async () => {
    signInAs('analyst');
    const api = fakeApi({
      [`GET /api/assessments/${SUBMITTED.id}`]: () => ({ body: SUBMITTED }),
      [`POST /api/assessments/${SUBMITTED.id}/validate`]: () => ({
        body: { ...SUBMITTED, status: 'validated', version: 6 },
      }),
    });
    renderApp(`/assessments/${SUBMITTED.id}?lang=en`);

    fireEvent.click(await screen.findByRole('button', { name: 'Validate' }));
    const notice = await screen.findByTestId('outcome-notice');
    expect(notice.textContent).toContain('The assessment is validated.');
    expect(api.sent('POST', `/api/assessments/${SUBMITTED.id}/validate`).map((r) => r.body)).toEqual([{ version: 5 }]);
    expect(screen.getByText('Validated', { selector: '.status-badge' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Validate' })).toBeNull();
  });

  it('shows the assessment as it is now when another analyst acted first, and acts on that version', async () => {
    signInAs('analyst');
    // Another analyst validates version 5 just before this one clicks.
    let current: AssessmentResponse = SUBMITTED;
    const api = fakeApi({
      [`GET /api/assessments/${SUBMITTED.id}`]: () => ({ body: current }),
      [`POST /api/assessments/${SUBMITTED.id}/validate`]: () => {
        current = { ...SUBMITTED, status: 'validated', version: 6 };
        return {
          status: 409,
          body: {
            statusCode: 409,
            message:
              'version: the assessment was changed meanwhile (version 6, not 5); reload it and apply your change again',
            currentVersion: 6,
          },
        };
      },
      [`POST /api/assessments/${SUBMITTED.id}/return`]: () => ({
        body: { ...current, status: 'returned', version: 7, returnComment: 'A.13?' },
      }),
    });
    renderApp(`/assessments/${SUBMITTED.id}?lang=en`);

    fireEvent.click(await screen.findByRole('button', { name: 'Validate' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the assessment was changed meanwhile');
    await screen.findByText('Validated', { selector: '.status-badge' });
    expect(screen.queryByRole('button', { name: 'Validate' })).toBeNull();
    expect(api.sent('GET', `/api/assessments/${SUBMITTED.id}`).length).toBeGreaterThanOrEqual(2);

    fireEvent.click(screen.getByRole('button', { name: 'Return to the coordinator' }));
    fireEvent.change(screen.getByLabelText('Comment for the coordinator (required)'), { target: { value: 'A.13?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Return the assessment' }));
    await screen.findByTestId('outcome-notice');
    expect(api.sent('POST', `/api/assessments/${SUBMITTED.id}/return`).map((r) => r.body)).toEqual([
      { comment: 'A.13?', version: 6 },
    ]);
  });
});

describe('review: returning and the queue', () => {
  it('returns it only with a comment', async () => {
    signInAs('analyst');
    const api = fakeApi({
      [`GET /api/assessments/${SUBMITTED.id}`]: () => ({ body: SUBMITTED }),
      [`POST /api/assessments/${SUBMITTED.id}/return`]: (r) => ({
        body: {
          ...SUBMITTED,
          status: 'returned',
          version: 6,
          returnComment: (r.body as { comment: string }).comment,
        },
      }),
    });
    renderApp(`/assessments/${SUBMITTED.id}?lang=en`);

    fireEvent.click(await screen.findByRole('button', { name: 'Return to the coordinator' }));
    fireEvent.click(screen.getByRole('button', { name: 'Return the assessment' }));
    const comment = screen.getByLabelText('Comment for the coordinator (required)');
    expect(screen.getByText('Write what the coordinator should change.')).toBeTruthy();
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(comment);
    expect(api.sent('POST', `/api/assessments/${SUBMITTED.id}/return`)).toHaveLength(0);

    fireEvent.change(comment, { target: { value: 'A.13: please describe the shared resources.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Return the assessment' }));
    await screen.findByTestId('outcome-notice');
    expect(api.sent('POST', `/api/assessments/${SUBMITTED.id}/return`).map((r) => r.body)).toEqual([
      { comment: 'A.13: please describe the shared resources.', version: 5 },
    ]);
    expect(screen.getByTestId('return-comment').textContent).toContain('A.13: please describe the shared resources.');
  });

  it('lists the submitted assessments in the queue', async () => {
    signInAs('analyst');
    const api = fakeApi({ 'GET /api/assessments': () => ({ body: { assessments: [SUBMITTED] } }) });
    renderApp('/review?lang=en');
    const table = await screen.findByTestId('assessment-table');
    expect(api.sent('GET', '/api/assessments')[0]?.url.search).toBe('?status=submitted');
    const row = await within(table).findByRole('row', { name: /France/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 5),
    ).toEqual(['2027', 'Submitted', '72.3', '4 — Coordination', '3 — Cooperation']);
    expect(within(row).getByRole('link', { name: 'Review the assessment of France, 2027' }).getAttribute('href')).toBe(
      `/assessments/${SUBMITTED.id}?lang=en`,
    );
  });
});

describe('history', () => {
  it('shows who changed what and when, old → new with option labels in the page language', async () => {
    signInAs('coordinator');
    const history: HistoryResponse = {
      assessmentId: SUBMITTED.id,
      revisions: [
        {
          revision: 1,
          at: '2026-11-02T09:00:00.000Z',
          by: { id: 'u-coord', email: 'coordinator.fra@example.org' },
          action: 'created',
          fromStatus: null,
          toStatus: 'draft',
          changes: [],
          comment: null,
        },
        {
          revision: 2,
          at: '2026-11-03T14:30:00.000Z',
          by: { id: 'u-coord', email: 'coordinator.fra@example.org' },
          action: 'updated',
          fromStatus: 'draft',
          toStatus: 'draft',
          changes: [
            { code: 'A.2.1', kind: 'answer', old: 'no', new: 'partial' },
            { code: 'A.1', kind: 'answer', old: null, new: ['mou', 'joint_committee'] },
            { code: 'A.2.1', kind: 'comment', old: null, new: 'Protocole signé en 2024' },
          ],
          comment: null,
        },
        {
          revision: 3,
          at: '2026-11-21T10:00:00.000Z',
          by: { id: 'u-analyst', email: 'analyst@example.org' },
          action: 'returned',
          fromStatus: 'submitted',
          toStatus: 'returned',
          changes: [],
          comment: 'Préciser A.13.',
        },
      ],
    };
    fakeApi({
      [`GET /api/assessments/${SUBMITTED.id}`]: () => ({ body: SUBMITTED }),
      [`GET /api/assessments/${SUBMITTED.id}/history`]: () => ({ body: history }),
    });
    renderApp(`/assessments/${SUBMITTED.id}/history?lang=fr`);

    const timeline = await screen.findByTestId('revision-timeline');
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries.map((e) => within(e).getByRole('heading').textContent)).toEqual([
      'Révision 3 : renvoi',
      'Révision 2 : brouillon enregistré',
      'Révision 1 : création',
    ]);
    const [returned, updated, created] = entries;
    expect(returned!.textContent).toContain('par analyst@example.org');
    expect(returned!.textContent).toContain('Statut : Soumise → Renvoyée');
    expect(within(returned!).getByText('Préciser A.13.')).toBeTruthy();
    expect(created!.textContent).toContain('Statut : Brouillon');

    const rows = within(updated!).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Réponse', 'Non', 'Partiellement'],
      ['Réponse', 'Sans réponse', 'Protocole d’entente (PE); Comité de coopération douane-police (CCDP)'],
      ['Commentaire', 'Sans commentaire', 'Protocole signé en 2024'],
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Historique de l’évaluation France, 2027' }),
    ).toBeTruthy();
  });
});
