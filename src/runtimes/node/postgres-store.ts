import pg from 'pg';
import type { RateBuckets } from '../../channels/http/rate-buckets.js';
import { AppError } from '../../core/errors.js';
import { silentLogger, type Logger } from '../../core/logger.js';
import { MIGRATIONS, type Migration } from '../../core/storage/migrations.js';
import { createSqlStore, type SqlDriver, type SqlValue } from '../../core/storage/sql-store.js';
import type { Store } from '../../core/storage/store.js';
import { createPostgresBuckets } from './postgres-buckets.js';

export interface PostgresBackend {
  store: Store;
  /** Rate-limit buckets in the same database, so that every instance draws on one per client. */
  buckets: RateBuckets;
}

export interface PostgresOptions {
  logger?: Logger;
  /** Connections this process keeps; every instance has its own pool. */
  maxConnections?: number;
}

/** Any constant: instances that start together take this lock, so that one migrates and the others wait. */
const MIGRATION_LOCK = 7_252_024;
const INT8 = 20;
const NUMERIC = 1700;

/**
 * The store on PostgreSQL, for several instances sharing one database. The SQL is the SQLite
 * store's (core/storage/sql-store.ts); migrations are the PostgreSQL dialect of the same list.
 * A write resolves once PostgreSQL returned from COMMIT, which with synchronous_commit on (the
 * server's default) means it is in the write-ahead log on disk.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresBackend> {
  const logger = options.logger ?? silentLogger;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    // COUNT and SUM are bigint, which node-postgres returns as strings; the counts here fit a double.
    types: { getTypeParser: (oid, format) => (oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format)) },
  });
  // An idle connection that the server closes (a restart, a failover) must not end the process;
  // the pool opens another on the next query.
  pool.on('error', (error) => logger.warn({ reason: error.message }, 'PostgreSQL connection lost'));
  try {
    await migrate(pool, MIGRATIONS);
  } catch (error) {
    await pool.end();
    throw new AppError('database_unavailable', `cannot open PostgreSQL at ${describeUrl(url)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { store: createSqlStore(toDriver(pool)), buckets: createPostgresBuckets(pool, logger) };
}

/** Runs the migrations above `schema_version` in one transaction, under a lock that serialises instances. */
async function migrate(pool: pg.Pool, migrations: Migration[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
    const current = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
    for (const { postgres } of migrations.slice(current)) await client.query(postgres);
    await client.query('UPDATE schema_version SET version = $1', [Math.max(current, migrations.length)]);
  });
}

function toDriver(pool: pg.Pool): SqlDriver {
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: SqlValue[] = []) => (await pool.query(numbered(sql), params)).rows as T[],
    get: async <T>(sql: string, params: SqlValue[] = []) => (await pool.query(numbered(sql), params)).rows[0] as T | undefined,
    run: async (sql, params = []) => void (await pool.query(numbered(sql), params)),
    batch: (statements) =>
      inTransaction(pool, async (client) => {
        for (const { sql, params } of statements) await client.query(numbered(sql), params);
      }),
    close: () => pool.end(),
  };
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
    client.release();
  } catch (error) {
    // A connection that cannot roll back is broken: destroyed, not returned to the pool.
    const rolledBack = await client.query('ROLLBACK').then(
      () => true,
      () => false,
    );
    client.release(rolledBack ? undefined : (error as Error));
    throw error;
  }
}

const numberedCache = new Map<string, string>();

/**
 * The store's `?` placeholders as PostgreSQL's `$1`, `$2`, ... The store's SQL holds no `?`
 * inside a string literal or as an operator, so each one is a parameter.
 */
function numbered(sql: string): string {
  let text = numberedCache.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    numberedCache.set(sql, text);
  }
  return text;
}

/** The URL without its password, for messages and logs. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}
