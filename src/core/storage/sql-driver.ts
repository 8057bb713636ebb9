export type SqlValue = string | number | null;

export interface SqlStatement {
  sql: string;
  params: SqlValue[];
}

/**
 * The few operations the store needs from a SQLite engine: better-sqlite3 on Node, D1 on
 * Workers. Parameters are positional because D1 supports no named ones.
 */
export interface SqlDriver {
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: SqlValue[]): Promise<void>;
  /** Runs the statements as one transaction: all or none. */
  batch(statements: SqlStatement[]): Promise<void>;
  close(): Promise<void>;
}
