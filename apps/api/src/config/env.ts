// Configuration is read once from the environment and validated with zod;
// start-up fails fast with a readable list of every problem (STYLE.md).
import { DEFAULT_TARGET_DAYS_BEFORE, holidayCalendarSpecs, isValidTimeZone } from '@oikeus/domain';
import { z } from 'zod';
import { weakSecretProblem } from './secret-strength';

const databaseUrlSchema = z
  .string()
  .refine((v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/[^\s]+$/.test(v), {
    message: 'must be a SQLite "file:<path>" URL or a "postgres://user@host:port/db" URL',
  })
  .refine((v) => !/^postgres/.test(v) || URL.canParse(v), {
    message: 'is not a valid PostgreSQL URL',
  });

const booleanSchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('development')
    .describe('Runtime mode; production requires SESSION_SECRET and SMTP mail.'),
  HOST: z.string().default('127.0.0.1').describe('Interface the HTTP server binds to.'),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(3000)
    .describe('HTTP port (0 picks a free one).'),
  PUBLIC_URL: z
    .url()
    .optional()
    .describe(
      'Address people use to reach the portal; used in emailed links. Default http://localhost:$PORT.',
    ),
  DATABASE_URL: databaseUrlSchema
    .default('file:./var/oikeus.db')
    .describe('SQLite file URL (default, created on first start) or PostgreSQL URL.'),
  SESSION_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe(
      'Secret for signing session tokens; generated into var/ when unset outside production.',
    ),
  SUPPRESSION_KEY: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe(
      'Key of the marketing suppression list (keyed hashes of addresses); generated into var/ when unset outside production. Never the session secret.',
    ),
  SUPPRESSION_KEY_PREVIOUS: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(',')
            .map((k) => k.trim())
            .filter((k) => k.length > 0),
    )
    .refine((keys) => keys === undefined || keys.every((k) => k.length >= 32), {
      message: 'each comma-separated key must be at least 32 characters',
    })
    .describe(
      'Earlier suppression keys, comma-separated: entries hashed with them are still honoured after a rotation.',
    ),
  AUDIT_CHAIN_KEY: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe(
      'HMAC key of the audit chain, kept outside the database; generated into var/ when unset outside production. Rotate by moving it to AUDIT_CHAIN_RETIRED_KEYS.',
    ),
  AUDIT_CHAIN_RETIRED_KEYS: z
    .string()
    .optional()
    .describe(
      'Comma-separated earlier AUDIT_CHAIN_KEY values, oldest first, so entries written under them still verify.',
    ),
  AUDIT_CHECKPOINT_FILE: z
    .string()
    .optional()
    .describe(
      'File outside the database where the worker appends a signed audit-chain checkpoint line each scan; `dsr audit verify` reads it. Unset: checkpoints go to the log and the daily digest only.',
    ),
  DB_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(15_000)
    .describe(
      'Longest a single SQL statement may run (PostgreSQL statement_timeout, SQLite busy timeout); a stuck database then answers 503 instead of hanging.',
    ),
  DB_CONNECT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(3_000)
    .describe(
      'Longest wait for a PostgreSQL connection (opening one or taking one from the pool) before the request gets 503.',
    ),
  SUBJECT_MESSAGES_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(20)
    .describe('Messages one person may post on one request per hour (429 beyond).'),
  SUBJECT_MESSAGES_PER_ACCOUNT_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(60)
    .describe('Messages one person may post on all their requests together per hour (429 beyond).'),
  REQUEST_ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(2_000_000_000)
    .default(25 * 1024 * 1024)
    .describe('Total size of the files a person may attach to one request (413 beyond).'),
  SUBJECT_MESSAGE_MAIL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1440)
    .default(15)
    .describe(
      'The assigned handler gets at most one "new message" mail per request in each window of this many minutes.',
    ),
  STAFF_IDLE_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(480)
    .default(30)
    .describe(
      'A console session unused for this long ends (besides its absolute 8-hour limit); checked on every staff request.',
    ),
  MAIL_TRANSPORT: z
    .enum(['local', 'smtp'])
    .default('local')
    .describe(
      '"local" keeps mail in the database and shows it at /dev/mailbox; "smtp" sends via SMTP_URL.',
    ),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), 'must be an smtp:// or smtps:// URL')
    .optional()
    .describe('SMTP server, e.g. smtps://user:pass@mail.example.com:465.'),
  MAIL_FROM: z
    .string()
    .default('Oikeus <no-reply@oikeus.local>')
    .describe('Sender of every email.'),
  MAIL_REPLY_TO: z
    .string()
    .optional()
    .describe('Reply-To for subject emails (defaults to the contact person).'),
  MAIL_CONTACT_EMAIL: z
    .email()
    .optional()
    .describe(
      "Contact person's address: gets the daily digest, is the default Reply-To and gets escalations when no admin exists (defaults to the register description's contact person, niina@inope.fi for Inope Oy).",
    ),
  MAIL_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(8)
    .describe(
      'Attempts before a message the SMTP server keeps rejecting (5xx) is marked failed and shown to admins; an unreachable server only delays mail.',
    ),
  MAIL_RETRY_BASE_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('First retry delay; doubles per attempt (with jitter) up to MAIL_RETRY_MAX_SECONDS.'),
  MAIL_RETRY_MAX_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(1800)
    .describe('Longest wait between two attempts to send one message.'),
  MAIL_LOCK_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .default(300)
    .describe(
      'How long a worker holds a message it is sending; a worker killed mid-send leaves a lock that another worker reclaims after this.',
    ),
  WORKER_OUTBOX_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('How often the worker looks for mail to send.'),
  WORKER_REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe(
      'How often the worker scans open requests for due deadline reminders and the daily digest.',
    ),
  CONTROLLER_TIME_ZONE: z
    .string()
    .default('Europe/Helsinki')
    .refine(isValidTimeZone, 'is not a known IANA time zone')
    .describe("Controller's time zone; receipt dates and deadlines are counted in it."),
  HOLIDAY_COUNTRY: z
    .string()
    .default('FI')
    .refine((c) => c in holidayCalendarSpecs, {
      message: `must be one of the built-in calendars: ${Object.keys(holidayCalendarSpecs).join(', ')} (or set HOLIDAY_CALENDAR_FILE)`,
    })
    .describe('Country whose public holidays stop a deadline (Regulation 1182/71 Art. 2).'),
  HOLIDAY_CALENDAR_FILE: z
    .string()
    .optional()
    .describe(
      'Optional YAML/JSON holiday calendar spec (another country, own closing days); overrides HOLIDAY_COUNTRY.',
    ),
  TARGET_DAYS_BEFORE: z.coerce
    .number()
    .int()
    .min(0)
    .max(25)
    .default(DEFAULT_TARGET_DAYS_BEFORE)
    .describe('Internal target: this many days before the legal deadline.'),
  PORTAL_REQUEST_RETENTION_YEARS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30)
    .default(3)
    .describe(
      'Requests with their messages, notes and packages are deleted this many years after they closed; accounts without requests this many years after the last sign-in (the notice prints it).',
    ),
  PORTAL_MAIL_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .describe(
      'Sent mail (outbox and local mailbox) is deleted this many days after sending (the notice prints it).',
    ),
  AUDIT_RETENTION_YEARS: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(5)
    .describe(
      'The period the notice states for audit entries. The trail is append-only: the retention job never deletes it, it only counts what is past this period.',
    ),
  REGISTER_DESCRIPTION_PATH: z
    .string()
    .default('config/register-description.yaml')
    .describe('Register description (privacy notice as data), relative to the repository root.'),
  RUN_WORKER: booleanSchema
    .default(true)
    .describe('Run the worker (outbox, reminders, retention) inside the API process.'),
  SEED_DEMO: booleanSchema
    .default(false)
    .describe('Load Inope Oy demo data on start when the registers are empty.'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level.'),
  TEST_CLOCK: booleanSchema
    .default(false)
    .describe(
      'End-to-end tests only: mounts /api/test (move the app clock, sign a staff member in without TOTP, run one worker pass). Refused in production.',
    ),
  SLOW_QUERY_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(200)
    .describe('Log queries slower than this.'),
});

/** The validated environment; PUBLIC_URL is always set (its default follows PORT). */
export type Env = Omit<z.infer<typeof envSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  // Checked on the raw values so they are reported even when other variables are wrong.
  const crossField: string[] = [];
  if (cleaned.MAIL_TRANSPORT === 'smtp' && !cleaned.SMTP_URL) {
    crossField.push('SMTP_URL: is required when MAIL_TRANSPORT=smtp');
  }
  if (
    cleaned.NODE_ENV === 'production' &&
    (cleaned.TEST_CLOCK === 'true' || cleaned.TEST_CLOCK === '1')
  ) {
    crossField.push('TEST_CLOCK: must not be enabled in production');
  }
  // The local transport shows every mail, sign-in codes included, at the
  // unauthenticated /api/dev/mailbox: never in production (SECURITY.md).
  if (cleaned.NODE_ENV === 'production' && cleaned.MAIL_TRANSPORT !== 'smtp') {
    crossField.push('MAIL_TRANSPORT: must be smtp in production');
  }
  if (cleaned.NODE_ENV === 'production' && !cleaned.SESSION_SECRET) {
    crossField.push('SESSION_SECRET: is required in production');
  }
  // Every process must hash with the same key, and a generated file is per machine.
  if (cleaned.NODE_ENV === 'production' && !cleaned.SUPPRESSION_KEY) {
    crossField.push('SUPPRESSION_KEY: is required in production');
  }
  // Several processes (and hosts) append to one chain: a key generated per host would split it.
  if (cleaned.NODE_ENV === 'production' && !cleaned.AUDIT_CHAIN_KEY) {
    crossField.push('AUDIT_CHAIN_KEY: is required in production');
  }
  if (cleaned.NODE_ENV === 'production' && cleaned.SESSION_SECRET) {
    const weak = weakSecretProblem(cleaned.SESSION_SECRET);
    if (weak) crossField.push(weak);
  }
  if (result.success && crossField.length === 0) {
    // The default follows PORT, so `PORT=3100 pnpm start` mails working links.
    return {
      ...result.data,
      PUBLIC_URL: result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`,
    };
  }
  const issues = result.success ? [] : result.error.issues;
  throw new ConfigError([
    ...issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const value = source[name];
      const shown =
        value === undefined || name.includes('SECRET') ? '' : ` (got "${redactUrl(value)}")`;
      return `${name}: ${issue.message}${shown}`;
    }),
    ...crossField,
  ]);
}

/** Never echo credentials embedded in a URL. */
function redactUrl(value: string): string {
  return value.replace(/\/\/([^@/]*)@/, '//***@').slice(0, 80);
}
