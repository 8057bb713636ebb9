import type { SqlDriver } from './sql-driver.js';
import type { Stats } from './store.js';

/** Each message's cited ids as a table `j` with a column `value`. */
const CITED_IDS = {
  sqlite: 'json_each(messages.citations) j',
  postgres: 'jsonb_array_elements_text(messages.citations::jsonb) AS j(value)',
} as const;

/**
 * The admin figures, computed in SQL so the database does the work. Aliases in camelCase are
 * quoted, which PostgreSQL would otherwise fold to lower case.
 */
export async function readStats(db: SqlDriver): Promise<Stats> {
  const [answers, feedback, questionsPerDay, mostCited, slowest] = await Promise.all([
    db.get<{ n: number; refused: number; fallback: number }>(
      `SELECT COUNT(*) AS n, COALESCE(SUM(refused), 0) AS refused,
              COALESCE(SUM(CASE WHEN notices LIKE '%"fallback"%' THEN 1 ELSE 0 END), 0) AS fallback
       FROM messages WHERE role = 'assistant'`,
    ),
    db.get<{ up: number; down: number }>(
      `SELECT COALESCE(SUM(CASE WHEN rating = 'up' THEN 1 ELSE 0 END), 0) AS up,
              COALESCE(SUM(CASE WHEN rating = 'down' THEN 1 ELSE 0 END), 0) AS down FROM feedback`,
    ),
    db.all<{ day: string; count: number }>(
      `SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS count FROM messages WHERE role = 'user' GROUP BY day ORDER BY day`,
    ),
    db.all<{ id: string; count: number }>(
      `SELECT j.value AS id, COUNT(*) AS count FROM messages, ${CITED_IDS[db.dialect]}
       WHERE role = 'assistant' GROUP BY j.value ORDER BY count DESC, id LIMIT 10`,
    ),
    db.all<{ messageId: string; question: string; latencyMs: number }>(
      `SELECT a.id AS "messageId", COALESCE((SELECT u.text FROM messages u WHERE u.conversation_id = a.conversation_id
              AND u.role = 'user' AND u.rowid < a.rowid ORDER BY u.rowid DESC LIMIT 1), '') AS question, a.latency_ms AS "latencyMs"
       FROM messages a WHERE a.role = 'assistant' AND a.latency_ms IS NOT NULL ORDER BY a.latency_ms DESC LIMIT 5`,
    ),
  ]);
  const n = answers?.n ?? 0;
  return {
    questionsPerDay,
    answers: n,
    refusalRate: n ? answers!.refused / n : null,
    fallbackRate: n ? answers!.fallback / n : null,
    mostCited,
    feedback: feedback ?? { up: 0, down: 0 },
    slowest,
  };
}
