/**
 * Every error code the project raises, with the HTTP status it carries when it reaches a caller:
 * 4xx means the caller can fix it, 5xx is a fault of ours (or, for start-up codes, of the setup).
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_json: 400,
  bad_request: 400,
  invalid_body: 400,
  unauthorized: 401,
  missing_signature: 401,
  stale_request: 401,
  invalid_signature: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  stream_failed: 500,
  slack_not_on_workers: 501,
  database_unavailable: 503,
  /** No hand-off channel is configured, or it could not be reached: the caller gets contacts instead. */
  handoff_unavailable: 503,
  // Start-up, corpus and tooling errors: printed as one line by the CLIs and the server.
  invalid_config: 500,
  bad_host: 500,
  port_in_use: 500,
  port_forbidden: 500,
  empty_corpus: 500,
  invalid_corpus: 500,
  invalid_metadata: 500,
  invalid_translation: 500,
  invalid_vocabulary: 500,
  policy_parse_error: 500,
  invalid_prompt: 500,
  invalid_word_vectors: 500,
  stale_worker_assets: 500,
  baseline_mapping: 500,
  eval_setup: 500,
  eval_http: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The one error type of the project: a stable code for machines, a message for people. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = ERROR_STATUS[code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The contract's error body: `{ "error": { "code", "message" } }`. */
export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}
