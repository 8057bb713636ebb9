import type pg from 'pg';
import type { RateBuckets } from '../../channels/http/rate-buckets.js';
import { silentLogger, type Logger } from '../../core/logger.js';

/** The bucket refilled up to the request's time; written out twice below because SET sees only the old row. */
const REFILLED = 'LEAST($2::float8, b.tokens + GREATEST(0, $3::bigint - b.at) * $4::float8)';

/**
 * One statement per request, so two instances taking a token of one client at once are
 * serialised by the row lock: neither can spend a token the other took. A clock that runs
 * behind another instance's never moves a bucket back in time.
 */
const TAKE = `INSERT INTO rate_limits AS b (key, tokens, available, at) VALUES ($1, $2::float8 - 1, $2::float8, $3::bigint)
  ON CONFLICT (key) DO UPDATE SET
    available = ${REFILLED},
    tokens = CASE WHEN ${REFILLED} >= 1 THEN ${REFILLED} - 1 ELSE ${REFILLED} END,
    at = GREATEST(b.at, $3::bigint)
  RETURNING available`;

/**
 * Token buckets in the rate_limits table, shared by every instance on the database. A bucket
 * untouched for as long as it takes to refill is full, the same as no row, so such rows are
 * deleted now and then rather than kept.
 */
export function createPostgresBuckets(pool: pg.Pool, logger: Logger = silentLogger): RateBuckets {
  let purgedAt = 0;
  return {
    async take(key, at, { capacity, perMs }) {
      const fullAfterMs = capacity / perMs;
      if (at - purgedAt >= fullAfterMs) {
        purgedAt = at;
        pool
          .query('DELETE FROM rate_limits WHERE at < $1::bigint', [at - fullAfterMs])
          .catch((error: Error) => logger.warn({ reason: error.message }, 'rate-limit purge failed'));
      }
      const { rows } = await pool.query<{ available: number }>(TAKE, [key, capacity, at, perMs]);
      return rows[0]!.available;
    },
  };
}
