import { z } from 'zod';
import { AppError } from './errors.js';

/** Every setting the assistant reads, from a plain record (the environment on Node, bindings on Workers). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres:// URL: conversations, feedback, claims and rate limits in PostgreSQL; null for SQLite in dataDir. */
  databaseUrl: string | null;
  /** Folder of document folders (corpus/<docId>/); null for the corpus shipped with the code. */
  corpusDir: string | null;
  /** YYYY-MM-DD, or null for the real date. */
  policyToday: string | null;
  openai: { apiKey: string; baseUrl: string | null; model: string; embeddingModel: string; timeoutMs: number } | null;
  /** `handoffChannel`: where hand-offs to staff are posted (a channel id); null: no hand-off channel. */
  slack: { botToken: string; signingSecret: string; appToken: string | null; apiUrl: string; handoffChannel: string | null } | null;
  widgetAllowedOrigins: string[];
  adminToken: string | null;
  retentionDays: number;
  logLevel: string;
  /** The address people reach the service at (https://assistant.example.gov.cn), for links and the embed snippet. */
  publicUrl: string | null;
  /** Requests per minute per client on the answering routes; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Loopback clients are exempt from the rate limit unless this is set (tests, local tools). */
  rateLimitLoopback: boolean;
  /** Read the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** Bearer token for GET /metrics; unset: /metrics is open (bind to a private address). */
  metricsToken: string | null;
  /** Answering processes on Node (node:cluster); 1 runs in one process. */
  webConcurrency: number;
  /** Offline answers to first questions kept per process (see cache-answers.ts); 0 turns the cache off. */
  answerCacheSize: number;
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const integer = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  optional.transform((v) => (v === undefined ? fallback : Number(v))).pipe(z.number().int().min(min).max(max));

const url = optional.pipe(z.url({ protocol: /^https?$/ }).optional());

/** PostgreSQL's own URL form, which node-postgres reads; a host is required (no socket-only URLs). */
const postgresUrl = optional.refine((v) => v === undefined || isPostgresUrl(v));

const flag = optional.pipe(z.enum(['0', '1', 'true', 'false']).optional()).transform((v) => v === '1' || v === 'true');

/** pino's level names; Workers' console logger understands the same ones. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  PORT: integer(8787, 0, 65535),
  HOST: optional.transform((v) => v ?? '127.0.0.1'),
  DATA_DIR: optional.transform((v) => v ?? './data'),
  DATABASE_URL: postgresUrl,
  CORPUS_DIR: optional,
  POLICY_TODAY: optional.refine((v) => v === undefined || isCalendarDate(v)),
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: url,
  OPENAI_MODEL: optional.transform((v) => v ?? 'gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optional.transform((v) => v ?? 'text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: integer(20000, 1),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: url.transform((v) => v ?? 'https://slack.com/api/'),
  // An id, not a #name: thread replies arrive with the channel's id, and are matched on it.
  SLACK_HANDOFF_CHANNEL: optional.refine((v) => v === undefined || /^[CG][A-Z0-9]{2,}$/.test(v)),
  WIDGET_ALLOWED_ORIGINS: optional.refine((v) => v === undefined || splitList(v).every(isOrigin)),
  ADMIN_TOKEN: optional,
  RETENTION_DAYS: integer(180, 1),
  LOG_LEVEL: optional.pipe(z.enum(LOG_LEVELS).optional()).transform((v) => v ?? 'info'),
  PUBLIC_URL: url,
  RATE_LIMIT_PER_MINUTE: integer(60, 0),
  RATE_LIMIT_LOOPBACK: flag,
  TRUST_PROXY: flag,
  METRICS_TOKEN: optional,
  WEB_CONCURRENCY: integer(1, 1, 64),
  ANSWER_CACHE_SIZE: integer(1000, 0, 100_000),
});

type Variable = keyof typeof schema.shape;

/** What a valid value looks like, per variable: the fix half of a start-up error. */
const EXPECTED: Partial<Record<Variable, string>> = {
  PORT: 'a whole number from 0 to 65535 (e.g. PORT=8787)',
  DATABASE_URL: 'a PostgreSQL URL (e.g. DATABASE_URL=postgres://assistant:secret@db.internal:5432/assistant)',
  POLICY_TODAY: 'a real calendar date as YYYY-MM-DD (e.g. POLICY_TODAY=2026-01-15)',
  OPENAI_BASE_URL: 'a full URL (e.g. OPENAI_BASE_URL=http://localhost:11434/v1)',
  OPENAI_TIMEOUT_MS: 'a whole number of milliseconds, at least 1 (e.g. OPENAI_TIMEOUT_MS=20000)',
  SLACK_API_URL: 'a full URL (e.g. SLACK_API_URL=https://slack.com/api/)',
  SLACK_HANDOFF_CHANNEL:
    "a channel id, C or G and capitals or digits (e.g. SLACK_HANDOFF_CHANNEL=C0123456789; in Slack: the channel's details, at the bottom)",
  WIDGET_ALLOWED_ORIGINS:
    'comma-separated origins with no path or trailing slash (e.g. WIDGET_ALLOWED_ORIGINS=https://portal.example.gov.cn)',
  RETENTION_DAYS: 'a whole number of days, at least 1 (e.g. RETENTION_DAYS=180)',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  PUBLIC_URL: 'a full URL (e.g. PUBLIC_URL=https://assistant.example.gov.cn)',
  RATE_LIMIT_PER_MINUTE: 'a whole number of requests per minute, 0 for no limit (e.g. RATE_LIMIT_PER_MINUTE=60)',
  RATE_LIMIT_LOOPBACK: '1 or 0',
  TRUST_PROXY: '1 or 0',
  WEB_CONCURRENCY: 'a whole number of processes from 1 to 64 (e.g. WEB_CONCURRENCY=2)',
  ANSWER_CACHE_SIZE: 'a whole number of answers from 0 (off) to 100000 (e.g. ANSWER_CACHE_SIZE=1000)',
};

/** The only place environment variable names appear. Invalid values fail start-up with the variable named. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const name = parsed.error.issues[0]!.path[0] as Variable;
    const expected = EXPECTED[name] ?? 'a valid value';
    throw new AppError(
      'invalid_config',
      `${name}=${name === 'DATABASE_URL' ? '(hidden: it may hold a password)' : JSON.stringify(env[name] ?? '')} is not valid: use ${expected} or unset it for the default`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    corpusDir: e.CORPUS_DIR ?? null,
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
        ? {
            botToken: e.SLACK_BOT_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET,
            appToken: e.SLACK_APP_TOKEN ?? null,
            apiUrl: e.SLACK_API_URL,
            handoffChannel: e.SLACK_HANDOFF_CHANNEL ?? null,
          }
        : null,
    widgetAllowedOrigins: splitList(e.WIDGET_ALLOWED_ORIGINS ?? ''),
    adminToken: e.ADMIN_TOKEN ?? null,
    retentionDays: e.RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? null,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitLoopback: e.RATE_LIMIT_LOOPBACK,
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN ?? null,
    webConcurrency: e.WEB_CONCURRENCY,
    answerCacheSize: e.ANSWER_CACHE_SIZE,
  };
}

const DAY_MS = 86_400_000;
/** The UTC day last formatted, and the span of clock times it covers. */
let lastDay = { from: 0, until: 0, day: '' };

/**
 * Today's date for validity notices: the configured one, else the clock's (UTC). Every answer
 * asks; the date is formatted again only when the clock has left the day formatted last.
 */
export function resolveToday(config: Pick<Config, 'policyToday'>, now?: Date): string {
  return config.policyToday ?? formatDay(now ? now.getTime() : Date.now());
}

function formatDay(ms: number): string {
  if (ms < lastDay.from || ms >= lastDay.until) {
    const from = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
    lastDay = { from, until: from + DAY_MS, day: new Date(from).toISOString().slice(0, 10) };
  }
  return lastDay.day;
}

/** True for YYYY-MM-DD naming a day that exists: 2025-02-30 and 2025-13-45 are not dates. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function isPostgresUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An origin as browsers send it: scheme, host and optional port, nothing after. */
function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}
