// npm 11 only warns when install scripts are skipped, so prove the native addons load.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { HierarchicalNSW } = require('hnswlib-node');
const Database = require('better-sqlite3');

const index = new HierarchicalNSW('cosine', 2);
index.initIndex(1);
index.addPoint([1, 0], 0);
const db = new Database(':memory:');
const { v } = db.prepare('select sqlite_version() as v').get();
console.log(`native addons ok: hnswlib-node (${index.getCurrentCount()} point), better-sqlite3 (SQLite ${v})`);
