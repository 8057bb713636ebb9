import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseConfig, resolveToday } from './config.js';
import { AppError } from './errors.js';

function configError(env: Record<string, string>): AppError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe('parseConfig', () => {
  it('gives every setting its default when the environment is empty or blank', () => {
    const config = parseConfig({ HOST: '', DATA_DIR: '  ', OPENAI_MODEL: '' });
    expect(config).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir: './data', policyToday: null, openai: null, slack: null });
    expect(config).toMatchObject({ widgetAllowedOrigins: [], adminToken: null, retentionDays: 180, logLevel: 'info' });
  });

  it('accepts real dates, leap days included', () => {
    expect(parseConfig({ POLICY_TODAY: '2024-02-29' }).policyToday).toBe('2024-02-29');
    expect(parseConfig({ POLICY_TODAY: ' 2026-01-15 ' }).policyToday).toBe('2026-01-15');
  });

  it.each(['2025-13-45', '2025-02-30', '2025-02-29', '2025-04-31', '2025-00-10', '2025-1-5', '15/01/2026', 'tomorrow'])(
    'rejects POLICY_TODAY=%s, naming the variable and the format',
    (value) => {
      const error = configError({ POLICY_TODAY: value });
      expect(error.code).toBe('invalid_config');
      expect(error.message).toBe(
        `POLICY_TODAY="${value}" is not valid: use a real calendar date as YYYY-MM-DD (e.g. POLICY_TODAY=2026-01-15) or unset it for the default`,
      );
    },
  );

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['OPENAI_TIMEOUT_MS', '0'],
    ['RETENTION_DAYS', 'forever'],
    ['OPENAI_BASE_URL', 'localhost:11434'],
    ['SLACK_API_URL', 'slack'],
    ['SLACK_HANDOFF_CHANNEL', '#handoff'],
    ['WIDGET_ALLOWED_ORIGINS', 'https://portal.example.gov.cn/'],
    ['WIDGET_ALLOWED_ORIGINS', 'portal.example.gov.cn'],
    ['LOG_LEVEL', 'verbose'],
    ['PUBLIC_URL', 'assistant.example.gov.cn'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RATE_LIMIT_LOOPBACK', 'yes'],
    ['TRUST_PROXY', 'on'],
    ['WEB_CONCURRENCY', '0'],
  ])('rejects %s=%s in one line that names the variable, the value and the fix', (name, value) => {
    const { message } = configError({ [name]: value });
    expect(message).toMatch(
      new RegExp(`^${name}="${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is not valid: use .+ or unset it for the default$`),
    );
    expect(message).not.toContain('\n');
  });

  it.each(['mysql://u:secret@db/x', 'postgres://u:secret@/x', 'db.internal:5432'])(
    'rejects DATABASE_URL=%s in one line without echoing it',
    (value) => {
      const { message } = configError({ DATABASE_URL: value });
      expect(message).toBe(
        'DATABASE_URL=(hidden: it may hold a password) is not valid: use a PostgreSQL URL (e.g. DATABASE_URL=postgres://assistant:secret@db.internal:5432/assistant) or unset it for the default',
      );
    },
  );

  it('selects PostgreSQL only for a postgres:// or postgresql:// URL', () => {
    expect(parseConfig({}).databaseUrl).toBeNull();
    expect(parseConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeNull();
    expect(parseConfig({ DATABASE_URL: 'postgresql://a:b@127.0.0.1:5433/c' }).databaseUrl).toBe('postgresql://a:b@127.0.0.1:5433/c');
  });

  it('reads comma-separated origins and turns Slack on only with both secrets', () => {
    expect(parseConfig({ WIDGET_ALLOWED_ORIGINS: 'https://a.example, http://b.example:8080' }).widgetAllowedOrigins).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1' }).slack).toBeNull();
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      appToken: null,
      apiUrl: 'https://slack.com/api/',
      handoffChannel: null,
    });
  });

  it('reads the hand-off channel only with Slack on', () => {
    const env = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_HANDOFF_CHANNEL: 'C0123456789' };
    expect(parseConfig(env).slack?.handoffChannel).toBe('C0123456789');
    expect(parseConfig({ ...env, SLACK_BOT_TOKEN: '' }).slack).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it('knows month lengths, leap years and years before 100', () => {
    expect(['2000-02-29', '2025-12-31', '0099-01-01'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['1900-02-29', '2025-06-31', '2025-12-32', '2025-13-01'].map(isCalendarDate)).toEqual([false, false, false, false]);
  });
});

describe('resolveToday', () => {
  it('prefers the configured date', () => {
    expect(resolveToday({ policyToday: '2025-06-01' }, new Date('2031-01-01T00:00:00Z'))).toBe('2025-06-01');
  });

  it('gives the UTC day of the clock, also when the clock moves back and forth across midnight', () => {
    const at = (iso: string) => resolveToday({ policyToday: null }, new Date(iso));
    expect(at('2026-03-01T23:59:59.999Z')).toBe('2026-03-01');
    expect(at('2026-03-02T00:00:00.000Z')).toBe('2026-03-02');
    expect(at('2026-03-01T12:00:00Z')).toBe('2026-03-01');
    expect(at('1969-12-31T23:00:00Z')).toBe('1969-12-31');
    expect(at('2026-03-02T18:00:00Z')).toBe('2026-03-02');
  });
});
