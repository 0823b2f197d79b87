import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DEADLINES } from '@lacewire/core';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** Unset or empty: absent. */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type.optional());
const hex32 = z.string().regex(/^[0-9a-fA-F]{32}$/, 'Use the 32 hexadecimal characters from Agora Console.');
const seconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const ms = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting comes from the environment, is validated here, and is listed in the README. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  LACEWIRE_DATA_DIR: z.string().default('.lacewire/data'),
  REDIS_URL: z.string().url().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LACEWIRE_SEED: bool.optional(),
  // Days of demo history the seed lays down (0: only the demo's present); README "Configuration"
  LACEWIRE_DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(120).default(60),
  LACEWIRE_JOBS: bool.default(true),
  LACEWIRE_PUBLIC_URL: z.string().url().optional(),
  LACEWIRE_PERSISTED_OPERATIONS: z.string().optional(),
  LACEWIRE_PERSISTED_ONLY: bool.default(false),
  LACEWIRE_COMPILE_AFTER: z.coerce.number().int().min(0).default(10),
  // Days of events kept for resuming cursors (0: keep all); docs/deployment.md "Event log"
  LACEWIRE_EVENT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
  LACEWIRE_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  LACEWIRE_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().refine((o) => new URL(o).origin === o, 'An origin: scheme://host[:port], no path.'))),
  // Deadlines (ms): a GraphQL operation, a PostgreSQL statement and lock wait, an embedded-database
  // wait behind an idle transaction, and the graceful part of a shutdown.
  GRAPHQL_TIMEOUT_MS: ms(100, 600_000).default(DEFAULT_DEADLINES.operationMs),
  DB_STATEMENT_TIMEOUT_MS: ms(100, 600_000).default(DEFAULT_DEADLINES.statementMs),
  DB_LOCK_TIMEOUT_MS: ms(100, 600_000).default(DEFAULT_DEADLINES.lockMs),
  DB_EMBEDDED_WAIT_MS: ms(100, 600_000).default(DEFAULT_DEADLINES.embeddedWaitMs),
  SHUTDOWN_TIMEOUT_MS: ms(100, 600_000).default(10_000),
  // Metrics (docs/api/metrics.md): bearer token of GET /metrics (unset: no endpoint), delivery window
  METRICS_TOKEN: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(16, 'Use at least 16 characters.').optional()),
  METRICS_DELIVERY_WINDOW_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  LACEWIRE_FILES_DIR: z.string().default('.lacewire/files'),
  LACEWIRE_FILES_SECRET: z.string().min(32, 'Use at least 32 characters.').optional(),
  LACEWIRE_S3_ENDPOINT: z.string().url().optional(),
  LACEWIRE_S3_BUCKET: z.string().optional(),
  LACEWIRE_S3_REGION: z.string().default('us-east-1'),
  LACEWIRE_S3_ACCESS_KEY_ID: z.string().optional(),
  LACEWIRE_S3_SECRET_ACCESS_KEY: z.string().optional(),
  // Agora (all optional: without them the apps run on GraphQL subscriptions alone; docs/api/agora.md)
  AGORA_APP_ID: optional(hex32),
  AGORA_APP_CERTIFICATE: optional(hex32),
  AGORA_CUSTOMER_KEY: optional(z.string()),
  AGORA_CUSTOMER_SECRET: optional(z.string()),
  AGORA_WEBHOOK_SECRET: optional(z.string()),
  AGORA_BASE_URL: optional(z.string().url()),
  AGORA_RTM_TOKEN_SECONDS: optional(seconds(300, 86_400)),
  AGORA_RENEW_BEFORE_SECONDS: optional(seconds(30, 3600)),
  AGORA_RTC_TOKEN_SECONDS: optional(seconds(300, 86_400)),
  AGORA_RING_SECONDS: optional(seconds(10, 300)),
});

export type ServerConfig = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  if (production && !c.LACEWIRE_FILES_SECRET) {
    throw new Error('Invalid configuration:\n  LACEWIRE_FILES_SECRET: required in production (signs download links).');
  }
  const s3 = c.LACEWIRE_S3_ENDPOINT
    ? {
        endpoint: c.LACEWIRE_S3_ENDPOINT,
        bucket: c.LACEWIRE_S3_BUCKET ?? '',
        region: c.LACEWIRE_S3_REGION,
        accessKeyId: c.LACEWIRE_S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: c.LACEWIRE_S3_SECRET_ACCESS_KEY ?? '',
      }
    : null;
  if (s3 && (!s3.bucket || !s3.accessKeyId || !s3.secretAccessKey)) {
    throw new Error('Invalid configuration:\n  LACEWIRE_S3_*: an S3 endpoint needs BUCKET, ACCESS_KEY_ID and SECRET_ACCESS_KEY.');
  }
  return {
    metrics: { token: c.METRICS_TOKEN ?? null, deliveryWindowMs: c.METRICS_DELIVERY_WINDOW_MS },
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL ?? null,
    // Relative to where the command was typed (pnpm runs scripts inside the package).
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), c.LACEWIRE_DATA_DIR),
    redisUrl: c.REDIS_URL ?? null,
    production,
    logLevel: c.LOG_LEVEL,
    // Demo data by default in development, never by surprise in production.
    seed: c.LACEWIRE_SEED ?? !production,
    demoHistoryDays: c.LACEWIRE_DEMO_HISTORY_DAYS,
    jobs: c.LACEWIRE_JOBS,
    publicUrl: c.LACEWIRE_PUBLIC_URL ?? null,
    persistedOperations: c.LACEWIRE_PERSISTED_OPERATIONS
      ? loadPersisted(c.LACEWIRE_PERSISTED_OPERATIONS, c.LACEWIRE_PERSISTED_ONLY)
      : null,
    compileAfter: c.LACEWIRE_COMPILE_AFTER,
    eventRetentionDays: c.LACEWIRE_EVENT_RETENTION_DAYS === 0 ? null : c.LACEWIRE_EVENT_RETENTION_DAYS,
    trustedProxyHops: c.LACEWIRE_TRUSTED_PROXY_HOPS,
    corsOrigins: c.LACEWIRE_CORS_ORIGINS,
    deadlines: {
      operationMs: c.GRAPHQL_TIMEOUT_MS,
      statementMs: c.DB_STATEMENT_TIMEOUT_MS,
      lockMs: c.DB_LOCK_TIMEOUT_MS,
      embeddedWaitMs: c.DB_EMBEDDED_WAIT_MS,
    },
    shutdownMs: c.SHUTDOWN_TIMEOUT_MS,
    agora: {
      appId: c.AGORA_APP_ID,
      appCertificate: c.AGORA_APP_CERTIFICATE,
      customerKey: c.AGORA_CUSTOMER_KEY,
      customerSecret: c.AGORA_CUSTOMER_SECRET,
      webhookSecret: c.AGORA_WEBHOOK_SECRET,
      baseUrl: c.AGORA_BASE_URL,
      rtmTokenSeconds: c.AGORA_RTM_TOKEN_SECONDS,
      renewBeforeSeconds: c.AGORA_RENEW_BEFORE_SECONDS,
      rtcTokenSeconds: c.AGORA_RTC_TOKEN_SECONDS,
      ringSeconds: c.AGORA_RING_SECONDS,
    },
    files: {
      directory: resolve(env.INIT_CWD ?? process.cwd(), c.LACEWIRE_FILES_DIR),
      // Unset (development only): main.ts uses the data directory's generated one (dev-secrets.ts).
      secret: c.LACEWIRE_FILES_SECRET ?? null,
      s3,
    },
  };
}

/** A JSON object of operation documents by hash (sha256 of the document, as clients send it). */
function loadPersisted(path: string, only: boolean) {
  let documents: unknown;
  try {
    documents = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `Invalid configuration:\n  LACEWIRE_PERSISTED_OPERATIONS: cannot read ${path} (${(error as Error).message}).`,
    );
  }
  if (!documents || typeof documents !== 'object' || Object.values(documents).some((d) => typeof d !== 'string')) {
    throw new Error('Invalid configuration:\n  LACEWIRE_PERSISTED_OPERATIONS: expected a JSON object of documents by hash.');
  }
  return { documents: documents as Record<string, string>, only };
}
