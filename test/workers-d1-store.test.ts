import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_ENV, runWrangler } from '../scripts/run-wrangler.js';
import { MIGRATIONS_DIR, renderD1Migrations } from '../scripts/write-d1-migrations.js';
import type { Store } from '../src/core/storage/store.js';
import { testStoreContract } from './store-contract.js';
import { createD1Store } from '../src/runtimes/workers/d1-store.js';
import type { D1Database } from '../src/runtimes/workers/d1-types.js';

describe('D1 migrations', () => {
  it('are MIGRATIONS, one file per version (else run: npx tsx scripts/write-d1-migrations.ts)', () => {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    const expected = renderD1Migrations();
    expect(files).toEqual([...expected.keys()]);
    for (const name of files) expect(readFileSync(join(MIGRATIONS_DIR, name), 'utf8')).toBe(expected.get(name));
  });
});

// The SQLite store's scenarios, on a local D1 that `wrangler d1 migrations apply` created.
describe('the D1 store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jingan-d1-store-'));
  let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;
  let db: D1Database;
  let store: Store;

  beforeAll(async () => {
    Object.assign(process.env, OFFLINE_ENV);
    await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]);
    // getPlatformProxy's path is the state directory itself, which --persist-to nests in v3/.
    proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: join(dir, 'v3') } });
    db = proxy.env.DB;
    store = createD1Store(db);
  }, 60_000);

  afterAll(async () => {
    await proxy?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await db.prepare('DELETE FROM conversations').run();
  });

  testStoreContract(() => store);
});
