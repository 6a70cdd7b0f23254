/**
 * An API refusal in the server's stable shape `{ code, message, data? }` (DESIGN.md §4):
 * pages branch on `code`, show `message`, and read field issues from `data`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** From a refused response's parsed body; a body of another shape (a proxy's page) gives the status line. */
  static of(response: Response, body: unknown): ApiError {
    if (typeof body === 'object' && body !== null) {
      const { code, message, data } = body as Record<string, unknown>;
      if (typeof code === 'string' && typeof message === 'string')
        return new ApiError(response.status, code, message, data);
    }
    return new ApiError(response.status, 'request.failed', `${response.status} ${response.statusText}`.trim());
  }
}

/** A person-readable sentence for any error a query or a mutation raised. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
