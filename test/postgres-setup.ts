// vitest globalSetup: one throwaway PostgreSQL server for the whole run; each test file that
// needs it makes its own database (createTestDatabase). Without PostgreSQL installed, those
// suites are skipped and say why, unless REQUIRE_POSTGRES=1 (CI) makes that a failure.
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's superuser URL, or null with the reason the PostgreSQL suites skip. */
    postgres: { url: string; skipReason: null } | { url: null; skipReason: string };
  }
}

export default async function setup(project: TestProject) {
  const bin = findPostgresBin();
  if (!bin) {
    const skipReason = 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)';
    if (process.env.REQUIRE_POSTGRES === '1') throw new Error(`REQUIRE_POSTGRES=1 but ${skipReason}`);
    console.warn(`PostgreSQL suites skipped: ${skipReason}`);
    project.provide('postgres', { url: null, skipReason });
    return;
  }
  const server = await startPostgresServer(bin);
  project.provide('postgres', { url: server.url, skipReason: null });
  return () => server.stop();
}
