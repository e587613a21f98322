import { ApiError } from '../api/ApiError';
import type { I18n } from '../i18n/I18nContext';

/** What a failed sign-in tells the reader: never which of e-mail or password was wrong. */
export function loginErrorText(error: Error, t: I18n['t']): string {
  if (!(error instanceof ApiError)) return error.message;
  if (error.status === 401) return t('loginWrongCredentials');
  if (error.status === 429) {
    const body = error.body as { retryAfter?: unknown } | null;
    const seconds = typeof body?.retryAfter === 'number' ? body.retryAfter : null;
    return seconds === null ? t('loginRateLimited') : t('loginRateLimitedFor', { seconds });
  }
  if (error.status === 0) return t('errorNetwork');
  return error.message;
}
