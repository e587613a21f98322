import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/ApiError';
import { fetchJson } from '../src/api/fetchJson';

function answer(status: number, body: string) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status })));
}

async function failure(): Promise<ApiError> {
  try {
    await fetchJson('/api/anything');
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('fetchJson did not fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns the parsed body of a successful response', async () => {
    answer(200, '{"demoData":true}');
    await expect(fetchJson('/api/meta')).resolves.toEqual({ demoData: true });
  });

  it("carries the API's message and status, without repeating field errors the message already says", async () => {
    answer(
      400,
      JSON.stringify({
        statusCode: 400,
        message: 'from must not be after to',
        errors: [{ field: 'from', message: 'from must not be after to' }],
      }),
    );
    const error = await failure();
    expect(error.message).toBe('from must not be after to');
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual([{ field: 'from', message: 'from must not be after to' }]);
    expect(error.isRetryable).toBe(false);
  });

  it('appends field errors that add detail', async () => {
    answer(400, JSON.stringify({ message: 'Invalid query', errors: [{ field: 'to', message: 'must be a year' }] }));
    expect((await failure()).message).toBe('Invalid query (to: must be a year)');
  });

  it('falls back to the status line when the error body is not JSON', async () => {
    answer(502, '<html>Bad gateway</html>');
    const error = await failure();
    expect(error.message).toBe('502');
    expect(error.isRetryable).toBe(true);
  });

  it('reports a network failure with status 0', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure();
    expect(error.status).toBe(0);
    expect(error.message).toBe('Failed to fetch');
  });
});
