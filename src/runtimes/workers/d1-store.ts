import type { Store } from '../../core/storage/store.js';
import type { SqlDriver } from '../../core/storage/sql-driver.js';
import { createSqlStore } from '../../core/storage/sql-store.js';
import type { D1Database } from './d1-types.js';

/**
 * The store on D1: the SQLite store's own SQL through a D1 driver, so both runtimes keep the
 * same semantics. The schema comes from migrations/*.sql, applied by `wrangler d1 migrations`.
 */
export function createD1Store(db: D1Database): Store {
  return createSqlStore(toDriver(db));
}

function toDriver(db: D1Database): SqlDriver {
  const bind = (sql: string, params: unknown[]) => db.prepare(sql).bind(...params);
  return {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: unknown[] = []) => (await bind(sql, params).all<T>()).results,
    get: async <T>(sql: string, params: unknown[] = []) => (await bind(sql, params).first<T>()) ?? undefined,
    run: async (sql, params = []) => {
      await bind(sql, params).run();
    },
    batch: async (statements) => {
      await db.batch(statements.map((s) => bind(s.sql, s.params)));
    },
    // The binding belongs to the runtime; there is no connection to close.
    close: async () => {},
  };
}
