import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../src/auth/sessionStore';
import { fakeApi } from './fakeApi';
import { renderApp } from './renderApp';
import { USERS, signInAs } from './session';

const DEMO_USERS = [
  { email: 'analyst@demo.example.org', password: 'demo-analyst-pass', role: 'analyst', country: null },
  { email: 'coordinator.fra@demo.example.org', password: 'demo-coordinator-pass', role: 'coordinator', country: 'FRA' },
];

function loginReply(email: string) {
  return {
    body: {
      token: 'fresh-token',
      expiresAt: '2999-01-01T00:00:00.000Z',
      csrfToken: 'fresh-csrf',
      user: { ...USERS.coordinator, email },
    },
  };
}

describe('sign-in', () => {
  it('sends a reader without a session to the login page, then back to the page they asked for', async () => {
    const api = fakeApi({
      'POST /api/auth/login': (r) => loginReply((r.body as { email: string }).email),
      'GET /api/assessments': () => ({ body: { assessments: [] } }),
    });
    renderApp('/assessments?lang=fr');

    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    expect(window.location.pathname).toBe('/login');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/assessments?lang=fr');

    fireEvent.change(screen.getByLabelText('Adresse électronique'), {
      target: { value: ' coordinator.fra@example.org ' },
    });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'secret-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));

    await screen.findByRole('heading', { level: 1, name: 'Évaluations : France' });
    expect(`${window.location.pathname}${window.location.search}`).toBe('/assessments?lang=fr');
    expect(api.sent('POST', '/api/auth/login')[0]?.body).toEqual({
      email: 'coordinator.fra@example.org',
      password: 'secret-password',
    });
    // The session is the API's cookie, not a token in storage or a header; the list may load after the heading.
    expect(window.sessionStorage.length + window.localStorage.length).toBe(0);
    await waitFor(() => {
      expect(api.sent('GET', '/api/assessments')[0]).toMatchObject({ authorization: null, credentials: 'same-origin' });
    });
  });

  it('says that the e-mail or password is wrong, without saying which', async () => {
    fakeApi({
      'POST /api/auth/login': () => ({ status: 401, body: { statusCode: 401, message: 'Wrong e-mail or password' } }),
    });
    renderApp('/login?lang=en');
    fireEvent.change(await screen.findByLabelText('E-mail address'), { target: { value: 'a@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong e-mail or password.');
    expect(window.location.pathname).toBe('/login');
  });

  it('reports the wait when sign-ins are rate-limited', async () => {
    fakeApi({
      'POST /api/auth/login': () => ({
        status: 429,
        body: { statusCode: 429, message: 'Too many sign-in attempts; try again in 42 s', retryAfter: 42 },
      }),
    });
    renderApp('/login?lang=en');
    fireEvent.change(await screen.findByLabelText('E-mail address'), { target: { value: 'a@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many sign-in attempts. Try again in 42 seconds.');
  });

  it('offers the demo accounts only in demo mode, and fills the form in one click', async () => {
    fakeApi({ 'GET /api/auth/config': () => ({ body: { demoUsers: DEMO_USERS } }) });
    renderApp('/login?lang=en');
    const demo = await screen.findByTestId('demo-accounts');
    fireEvent.click(within(demo).getByRole('button', { name: 'Use this account: coordinator.fra@demo.example.org' }));
    expect(screen.getByLabelText<HTMLInputElement>('E-mail address').value).toBe('coordinator.fra@demo.example.org');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('demo-coordinator-pass');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sign in' }));
  });

  it('shows no demo accounts outside demo mode', async () => {
    const api = fakeApi({});
    renderApp('/login?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await waitFor(() => {
      expect(api.sent('GET', '/api/auth/config')).toHaveLength(1);
    });
    expect(screen.queryByTestId('demo-accounts')).toBeNull();
  });
});

describe('the session', () => {
  it('returns to the login page, keeping the address, when the session expires', async () => {
    signInAs('analyst');
    fakeApi({
      'GET /api/assessments': () => ({
        status: 401,
        body: { statusCode: 401, message: 'The session has expired or was revoked; sign in again' },
      }),
    });
    renderApp('/assessments?lang=en&status=submitted');
    await screen.findByText('Your session has expired. Sign in again to continue where you were.');
    expect(window.location.pathname).toBe('/login');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/assessments?lang=en&status=submitted');
    expect(sessionStore.get()).toBeNull();
  });

  it('signs out from the user menu with the CSRF token: the session is gone', async () => {
    signInAs('analyst');
    const api = fakeApi({
      'POST /api/auth/logout': () => ({ status: 204 }),
      'GET /api/assessments': () => ({ body: { assessments: [] } }),
    });
    renderApp('/assessments?lang=en');
    const menu = await screen.findByRole('button', { name: /analyst@example\.org/ });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Analyst')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(api.sent('POST', '/api/auth/logout')[0]?.csrfToken).toBe('test-csrf-token');
    expect(sessionStore.get()).toBeNull();
    expect(new URLSearchParams(window.location.search).get('next')).toBeNull();
  });
});

describe('navigation by role', () => {
  it('shows analysts the review queue and the import', async () => {
    signInAs('analyst');
    fakeApi({ 'GET /api/assessments': () => ({ body: { assessments: [] } }) });
    renderApp('/assessments?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Overview',
      'Compare regions',
      'Compare countries',
      'Map',
      'Gaps and difficulties',
      'v1 and v2',
      'Operations dashboard',
      'Action plans',
      'Cooperation instruments',
      'Assessments',
      'Operations',
      'Instrument register',
      'Review queue',
      'Import',
      'Groupings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Assessments' }).getAttribute('aria-current')).toBe('page');
  });

  it('keeps coordinators to the analytics, their country and their assessments, and out of the review queue', async () => {
    signInAs('coordinator');
    fakeApi({});
    renderApp('/review?lang=en');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Overview',
      'Compare regions',
      'Compare countries',
      'Map',
      'Gaps and difficulties',
      'v1 and v2',
      'Operations dashboard',
      'Action plans',
      'Cooperation instruments',
      'My country',
      'Action plan',
      'Assessments',
      'Operations',
      'Instrument register',
    ]);
    expect(within(nav).getByRole('link', { name: 'Action plan' }).getAttribute('href')).toBe(
      '/countries/FRA/plan?lang=en',
    );
    expect(within(nav).getByRole('link', { name: 'My country' }).getAttribute('href')).toBe('/countries/FRA?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available for your role' })).toBeTruthy();
  });
});
