import { z } from 'zod';
import { AppError } from './errors.js';

/** Every setting the assistant reads, from a plain record (the environment on Node, bindings on Workers). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** YYYY-MM-DD, or null for the real date. */
  policyToday: string | null;
  openai: { apiKey: string; baseUrl: string | null; model: string; embeddingModel: string; timeoutMs: number } | null;
  slack: { botToken: string; signingSecret: string; appToken: string | null; apiUrl: string } | null;
  widgetAllowedOrigins: string[];
  adminToken: string | null;
  retentionDays: number;
  logLevel: string;
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const integer = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  optional.transform((v) => (v === undefined ? fallback : Number(v))).pipe(z.number().int().min(min).max(max));

const schema = z.object({
  PORT: integer(8787, 0, 65535),
  HOST: optional.default('127.0.0.1'),
  DATA_DIR: optional.default('./data'),
  POLICY_TODAY: optional.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional()),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional.pipe(z.url().optional()),
  OPENAI_MODEL: optional.default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optional.default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: integer(20000, 1),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional.default('https://slack.com/api/'),
  WIDGET_ALLOWED_ORIGINS: optional,
  ADMIN_TOKEN: optional,
  RETENTION_DAYS: integer(180, 1),
  LOG_LEVEL: optional.default('info'),
});

/** The only place environment variable names appear. Invalid values fail start-up with the variable named. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_config', `${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    policyToday: e.POLICY_TODAY ?? null,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL ?? null,
          model: e.OPENAI_MODEL,
          embeddingModel: e.OPENAI_EMBEDDING_MODEL,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
        }
      : null,
    slack:
      e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET
        ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN ?? null, apiUrl: e.SLACK_API_URL }
        : null,
    widgetAllowedOrigins: (e.WIDGET_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    adminToken: e.ADMIN_TOKEN ?? null,
    retentionDays: e.RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
  };
}

/** Today's date for validity notices: the configured one, else the clock's (UTC). */
export function resolveToday(config: Pick<Config, 'policyToday'>, now: Date = new Date()): string {
  return config.policyToday ?? now.toISOString().slice(0, 10);
}
