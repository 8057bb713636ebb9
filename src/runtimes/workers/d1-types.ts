/**
 * The slice of Cloudflare's D1 API the store uses, declared here instead of adding
 * @cloudflare/workers-types (whose globals clash with the DOM and Node types of the rest).
 */
export interface D1Result<T = unknown> {
  results: T[];
}

export interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  first<T = unknown>(): Promise<T | null>;
  all<T = unknown>(): Promise<D1Result<T>>;
  run(): Promise<D1Result>;
}

export interface D1Database {
  prepare(sql: string): D1PreparedStatement;
  /** Runs the statements in one implicit transaction. */
  batch(statements: D1PreparedStatement[]): Promise<D1Result[]>;
}
