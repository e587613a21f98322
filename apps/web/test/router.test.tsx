import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { matchPath, matchRoute, paths } from '../src/router/routes';
import { hrefFor, safeReturnPath, withLang } from '../src/router/href';
import { Link } from '../src/router/Link';
import { navigate, navigationCount } from '../src/router/history';
import { useLocation } from '../src/router/useLocation';

describe('matchRoute', () => {
  it('names the page of each path', () => {
    expect(matchRoute('/')).toEqual({ name: 'overview' });
    expect(matchRoute('/compare')).toEqual({ name: 'compare' });
    expect(matchRoute('/map')).toEqual({ name: 'map' });
    expect(matchRoute('/gaps')).toEqual({ name: 'gaps' });
    expect(matchRoute('/groupings')).toEqual({ name: 'groupings' });
    expect(matchRoute('/countries/fra')).toEqual({ name: 'country', iso3: 'FRA' });
    expect(matchRoute('/login')).toEqual({ name: 'login' });
    expect(matchRoute('/assessments')).toEqual({ name: 'assessments' });
    expect(matchRoute('/assessments/42')).toEqual({ name: 'assessment', id: '42' });
    expect(matchRoute('/assessments/42/history')).toEqual({ name: 'history', id: '42' });
    expect(matchRoute('/review')).toEqual({ name: 'review' });
    expect(matchRoute('/import')).toEqual({ name: 'import' });
  });

  it('names the operations pages, the fixed words before any id', () => {
    expect(matchRoute('/operations')).toEqual({ name: 'operations' });
    expect(matchRoute('/operations/import')).toEqual({ name: 'operationsImport' });
    expect(matchRoute('/operations/dashboard')).toEqual({ name: 'operationsDashboard' });
    expect(matchRoute('/operations/maturity-vs-outcomes')).toEqual({ name: 'maturityVsOutcomes' });
    expect(matchRoute('/operations/op-42')).toEqual({ name: 'operation', id: 'op-42' });
    expect(matchRoute(paths.operation('a/b'))).toEqual({ name: 'operation', id: 'a/b' });
  });

  it('ignores a trailing slash and decodes the id', () => {
    expect(matchRoute('/assessments/')).toEqual({ name: 'assessments' });
    expect(matchRoute('/assessments/a%20b/')).toEqual({ name: 'assessment', id: 'a b' });
  });

  it('sends anything else to the not-found page', () => {
    expect(matchRoute('/nowhere')).toEqual({ name: 'notFound' });
    expect(matchRoute('/assessments/42/history/more')).toEqual({ name: 'notFound' });
    expect(matchRoute('/assessments/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('matches patterns segment by segment', () => {
    expect(matchPath('/assessments/:id', '/assessments/7')).toEqual({ id: '7' });
    expect(matchPath('/assessments/:id', '/assessment/7')).toBeNull();
    expect(matchPath('/review', '/review')).toEqual({});
  });

  it('builds the paths it matches', () => {
    expect(paths.assessment('a/b')).toBe('/assessments/a%2Fb');
    expect(matchRoute(paths.history('a/b'))).toEqual({ name: 'history', id: 'a/b' });
  });
});

describe('addresses', () => {
  it('always carry the language, and other parameters only with a value', () => {
    expect(hrefFor('/assessments', 'fr')).toBe('/assessments?lang=fr');
    expect(hrefFor('/assessments', 'en', { country: 'FRA', year: 2027, status: undefined, x: '' })).toBe(
      '/assessments?country=FRA&year=2027&lang=en',
    );
  });

  it('switch language keeping the rest of the address', () => {
    expect(withLang('/', '?grouping=un&lang=en&from=2018', 'fr')).toBe('/?grouping=un&lang=fr&from=2018');
    expect(withLang('/review', '', 'fr')).toBe('/review?lang=fr');
  });

  it('return after sign-in only to a page of this app', () => {
    expect(safeReturnPath('/assessments/7?lang=fr')).toBe('/assessments/7?lang=fr');
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath('//evil.example/')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('/login?next=/')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });
});

function WhereAmI() {
  const { pathname, search } = useLocation();
  return <p data-testid="where">{`${pathname}${search}`}</p>;
}

describe('Link and navigation', () => {
  it('is a real link that changes the page in place on a plain click', () => {
    window.history.replaceState(null, '', '/');
    const before = navigationCount();
    render(
      <>
        <Link to="/review?lang=fr">Review</Link>
        <WhereAmI />
      </>,
    );
    const link = screen.getByRole('link', { name: 'Review' });
    expect(link.getAttribute('href')).toBe('/review?lang=fr');

    fireEvent.click(link);
    expect(window.location.pathname).toBe('/review');
    expect(screen.getByTestId('where').textContent).toBe('/review?lang=fr');
    expect(navigationCount()).toBe(before + 1);
  });

  it('leaves a modified click (new tab, new window) to the browser', () => {
    window.history.replaceState(null, '', '/');
    render(<Link to="/import">Import</Link>);
    let handledByApp: boolean | undefined;
    const observe = (event: Event) => {
      handledByApp = event.defaultPrevented;
      // jsdom cannot open tabs: stop it from trying once the app has had its say.
      event.preventDefault();
    };
    window.addEventListener('click', observe);
    fireEvent.click(screen.getByRole('link', { name: 'Import' }), { ctrlKey: true });
    window.removeEventListener('click', observe);
    expect(handledByApp).toBe(false);
    expect(window.location.pathname).toBe('/');
  });

  it('follows back and forward', async () => {
    window.history.replaceState(null, '', '/');
    render(<WhereAmI />);
    act(() => {
      navigate('/assessments?lang=en');
    });
    expect(screen.getByTestId('where').textContent).toBe('/assessments?lang=en');

    await act(async () => {
      const popped = new Promise((resolve) => {
        window.addEventListener('popstate', resolve, { once: true });
      });
      window.history.back();
      await popped;
    });
    expect(screen.getByTestId('where').textContent).toBe('/');
  });

  it('replaces the current entry when asked, so Back skips it', () => {
    window.history.replaceState(null, '', '/start');
    const length = window.history.length;
    navigate('/login?lang=en', { replace: true });
    expect(window.location.pathname).toBe('/login');
    expect(window.history.length).toBe(length);
  });
});
