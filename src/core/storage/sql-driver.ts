export type SqlValue = string | number | null;

export interface SqlStatement {
  sql: string;
  params: SqlValue[];
}

/**
 * The few operations the store needs from a SQL engine: better-sqlite3 on Node, D1 on Workers,
 * PostgreSQL on Node. Parameters are positional `?` because D1 supports no named ones; the
 * PostgreSQL driver numbers them. The store's SQL is common to both dialects except where
 * `dialect` picks (JSON functions).
 */
export interface SqlDriver {
  dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: SqlValue[]): Promise<void>;
  /** Runs the statements as one transaction: all or none. */
  batch(statements: SqlStatement[]): Promise<void>;
  close(): Promise<void>;
}
