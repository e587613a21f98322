export interface ApiFieldError {
  field: string;
  message: string;
}

/** An API failure with the server's own message, so the UI can show what went wrong. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    /** HTTP status; 0 when the request never got a response (network down, aborted). */
    readonly status: number,
    readonly fieldErrors: readonly ApiFieldError[] = [],
    /** The parsed error body, for the few answers that carry more than a message (409, 422). */
    readonly body: unknown = null,
  ) {
    super(message);
  }

  /** Client errors will fail the same way again; only server and network failures are worth retrying. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}
