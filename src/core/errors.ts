/** The one error type of the project: a stable code for machines, a message for people. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: string,
    message: string,
    /** HTTP status when this error reaches a caller; 4xx means the caller can fix it. */
    readonly status = 500,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
