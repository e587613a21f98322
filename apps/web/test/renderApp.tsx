import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../src/App';

export const CURRENT_YEAR = 2026;

/** Renders the whole app at `url`, with a fresh cache and no retries. */
export function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App currentYear={CURRENT_YEAR} />
    </QueryClientProvider>,
  );
}
